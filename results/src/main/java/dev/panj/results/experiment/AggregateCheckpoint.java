package dev.panj.results.experiment;

import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.stats.SectorTotals;
import dev.panj.results.stats.SeriesSample;
import dev.panj.results.stats.SeriesMoments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The time-series and sector totals over the first {@code replications} replications, saved exactly (raw
 * bits), so that a resumed batch continues the sums where they stopped and ends with the same bits as an
 * uninterrupted one. The journal keeps each replication's metrics; the time series is too large to keep per
 * replication, so it lives only here, with the key series of the first replications (the series sample). Replications after the checkpoint are run again on resume.
 */
record AggregateCheckpoint(int replications, SeriesMoments series, SectorTotals sectors, SeriesSample sample) {
    private static final String MAGIC = "panj-batch-checkpoint-3";

    /** Writes the checkpoint of a batch identified by its scenario hash, seed and hours. */
    void write(Path dir, BatchIdentity identity) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            identity.writeTo(out);
            out.writeInt(replications);
            out.writeBoolean(series != null);
            if (series != null) {
                series.writeTo(out);
            }
            sectors.writeTo(out);
            sample.writeTo(out);
            // A trailing CRC-32C: a checkpoint changed on disk is not read, and the totals restart from replication 0.
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        }
        AtomicFiles.write(dir.resolve(BatchLayout.CHECKPOINT), bytes.toByteArray());
    }

    /** The checkpoint in {@code dir} if there is a readable one for this batch. */
    static Optional<AggregateCheckpoint> read(Path dir, BatchIdentity identity) {
        Path file = dir.resolve(BatchLayout.CHECKPOINT);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (all.length < Long.BYTES || !intact(all)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - Long.BYTES))) {
            if (!MAGIC.equals(in.readUTF()) || !identity.equals(BatchIdentity.readFrom(in))) {
                return Optional.empty();
            }
            int replications = in.readInt();
            SeriesMoments series = in.readBoolean() ? SeriesMoments.readFrom(in) : null;
            SectorTotals sectors = SectorTotals.readFrom(in);
            return Optional.of(new AggregateCheckpoint(replications, series, sectors, SeriesSample.readFrom(in)));
        } catch (IOException | RuntimeException e) {
            // An unreadable checkpoint only costs time: the batch restarts its totals from replication 0.
            return Optional.empty();
        }
    }

    private static boolean intact(byte[] all) {
        CRC32C crc = new CRC32C();
        crc.update(all, 0, all.length - Long.BYTES);
        return ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES).getLong() == crc.getValue();
    }

    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(BatchLayout.CHECKPOINT));
    }
}
