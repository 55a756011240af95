package dev.panj.results.gis;

import dev.panj.results.io.CsvTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a batch's sectors.csv read back as totals over the replications (its means are totals over the
 * replications, so rounding gives the totals back exactly), keyed by the metric's name without {@code mean_}.
 */
record SectorCounts(String id, double fromKm, double toKm, String terrain, long replications,
                    Map<String, Long> totals) {
    /** The per-replication counts of sectors.csv, in its column order. */
    static final List<String> COUNTS = List.of("groups_attempted", "groups_crossed", "militants_crossed", "detections",
            "groups_interdicted", "militants_interdicted");

    SectorCounts {
        totals = Map.copyOf(totals);
    }

    static List<SectorCounts> of(CsvTable sectors) {
        List<SectorCounts> rows = new ArrayList<>();
        for (List<String> row : sectors.rows()) {
            long replications = Math.round(CsvTable.number(field(sectors, row, "replications")));
            Map<String, Long> totals = new LinkedHashMap<>();
            for (String count : COUNTS) {
                double mean = CsvTable.number(field(sectors, row, "mean_" + count));
                totals.put(count, Double.isFinite(mean) ? Math.round(mean * replications) : 0L);
            }
            rows.add(new SectorCounts(field(sectors, row, "id"), CsvTable.number(field(sectors, row, "from_km")),
                    CsvTable.number(field(sectors, row, "to_km")), field(sectors, row, "terrain"), replications,
                    totals));
        }
        return rows;
    }

    long total(String count) {
        return totals.getOrDefault(count, 0L);
    }

    double mean(String count) {
        return replications == 0 ? Double.NaN : (double) total(count) / replications;
    }

    /** A count over the groups that tried to cross here, pooled over all replications; NaN without any. */
    double rate(String count) {
        long attempts = total("groups_attempted");
        return attempts == 0 ? Double.NaN : (double) total(count) / attempts;
    }

    private static String field(CsvTable table, List<String> row, String column) {
        if (!table.hasColumn(column)) {
            return "";
        }
        int c = table.column(column);
        return c < row.size() ? row.get(c) : "";
    }
}
