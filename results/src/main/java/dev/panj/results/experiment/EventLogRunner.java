package dev.panj.results.experiment;

import dev.panj.results.io.EventLog;
import dev.panj.sim.Simulation;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs replications as {@link ScenarioRunner} does and writes each one's event log ({@link EventLog}) into a
 * working folder, one file per replication, so that threads never share a writer. {@link #collect} then joins
 * them in replication order into one CSV: the file is the same whatever the threads.
 */
public final class EventLogRunner implements ReplicationRunner {
    private final ScenarioConfig config;
    private final World world;
    private final double hours;
    private final Path parts;

    /** {@code parts}: an empty working folder, removed by {@link #collect}. */
    public EventLogRunner(ScenarioConfig config, GeoData geo, double hours, Path parts) {
        if (!(hours > 0)) {
            throw new IllegalArgumentException("hours must be positive, got " + hours);
        }
        this.config = config;
        this.world = WorldBuilder.build(config, geo);
        this.hours = hours;
        this.parts = parts;
    }

    @Override
    public RunResult run(Replication replication) throws IOException {
        Path part = part(replication.index());
        try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
             EventLog log = new EventLog(out, world, config, replication.index(), false)) {
            return Simulation.run(world, config, replication.seed(), hours, List.of(log));
        }
    }

    private Path part(int index) {
        return parts.resolve(String.format("replication-%06d.csv", index));
    }

    /**
     * Writes the header and every replication's events, in replication order, into {@code target} (replacing
     * it at once when complete), then removes the working folder.
     */
    public void collect(Path target) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        List<Path> files;
        try (Stream<Path> listed = Files.list(parts)) {
            files = listed.filter(p -> p.getFileName().toString().startsWith("replication-")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write((String.join(",", EventLog.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                Files.copy(f, out);
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        for (Path f : files) {
            Files.delete(f);
        }
        Files.deleteIfExists(parts);
    }
}
