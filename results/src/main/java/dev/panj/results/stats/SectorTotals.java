package dev.panj.results.stats;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.metrics.SectorStats;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-sector counts summed over replications. Sums of whole counts are exact, so the totals do not depend on
 * the order of the replications; means and rates are derived only when written.
 */
public final class SectorTotals {
    private static final int COUNTS = 6;

    private final List<Layout> layout = new ArrayList<>();
    private final List<long[]> totals = new ArrayList<>();
    private long replications;

    /** Adds one replication's sectors; the first replication fixes the layout (ids, chainages, terrain). */
    public void add(List<SectorStats> sectors) {
        if (layout.isEmpty()) {
            for (SectorStats s : sectors) {
                layout.add(new Layout(s.id(), s.index(), s.fromKm(), s.toKm(), s.terrain()));
                totals.add(new long[COUNTS]);
            }
        } else if (sectors.size() != layout.size()) {
            throw new IllegalArgumentException("a replication reported " + sectors.size() + " sectors, the first "
                    + layout.size());
        }
        for (int i = 0; i < sectors.size(); i++) {
            SectorStats s = sectors.get(i);
            long[] sum = totals.get(i);
            sum[0] += s.groupsAttempted();
            sum[1] += s.groupsCrossed();
            sum[2] += s.militantsCrossed();
            sum[3] += s.detections();
            sum[4] += s.groupsInterdicted();
            sum[5] += s.militantsInterdicted();
        }
        replications++;
    }

    /** Replications added. */
    public long replications() {
        return replications;
    }

    /** Every sector with its summed counts. */
    public List<SectorSum> sums() {
        List<SectorSum> out = new ArrayList<>(layout.size());
        for (int i = 0; i < layout.size(); i++) {
            Layout s = layout.get(i);
            long[] t = totals.get(i);
            out.add(new SectorSum(s.id, s.index, s.fromKm, s.toKm, s.terrain, replications,
                    t[0], t[1], t[2], t[3], t[4], t[5]));
        }
        return out;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeLong(replications);
        out.writeInt(layout.size());
        for (int i = 0; i < layout.size(); i++) {
            Layout s = layout.get(i);
            out.writeUTF(s.id);
            out.writeInt(s.index);
            out.writeDouble(s.fromKm);
            out.writeDouble(s.toKm);
            out.writeUTF(s.terrain.name());
            for (long t : totals.get(i)) {
                out.writeLong(t);
            }
        }
    }

    public static SectorTotals readFrom(DataInput in) throws IOException {
        SectorTotals sectors = new SectorTotals();
        sectors.replications = in.readLong();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            sectors.layout.add(new Layout(in.readUTF(), in.readInt(), in.readDouble(), in.readDouble(),
                    TerrainClass.valueOf(in.readUTF())));
            long[] t = new long[COUNTS];
            for (int c = 0; c < t.length; c++) {
                t[c] = in.readLong();
            }
            sectors.totals.add(t);
        }
        return sectors;
    }

    private record Layout(String id, int index, double fromKm, double toKm, TerrainClass terrain) {
    }
}
