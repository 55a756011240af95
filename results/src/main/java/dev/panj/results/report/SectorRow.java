package dev.panj.results.report;

import dev.panj.results.chart.SectorValue;
import dev.panj.results.io.CsvTable;
import dev.panj.results.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a batch's sectors.csv, read back, with the totals over all replications that its means stand for
 * (means are totals over the replications, so the totals come back exactly by rounding).
 *
 * @param border  the border's id, empty for the primary border
 * @param shortId the id without the border's prefix
 */
public record SectorRow(String id, String border, String shortId, double fromKm, double toKm, String terrain,
                        long replications, long attempts, long crossings, long detections, long interdictions) {
    /** The z of a two-sided 95% interval. */
    private static final double Z95 = 1.959963984540054;

    /** Every row of sectors.csv in its order; empty if the table has none. */
    public static List<SectorRow> of(CsvTable sectors) {
        List<SectorRow> rows = new ArrayList<>();
        if (sectors.rows().isEmpty()) {
            return rows;
        }
        for (List<String> row : sectors.rows()) {
            String id = field(sectors, row, "id");
            long replications = Math.round(CsvTable.number(field(sectors, row, "replications")));
            rows.add(new SectorRow(id, SectorValue.borderOf(id), SectorValue.shortId(id),
                    CsvTable.number(field(sectors, row, "from_km")), CsvTable.number(field(sectors, row, "to_km")),
                    field(sectors, row, "terrain"), replications,
                    total(sectors, row, "mean_groups_attempted", replications),
                    total(sectors, row, "mean_groups_crossed", replications),
                    total(sectors, row, "mean_detections", replications),
                    total(sectors, row, "mean_groups_interdicted", replications)));
        }
        return rows;
    }

    private static String field(CsvTable table, List<String> row, String column) {
        int c = table.column(column);
        return c < row.size() ? row.get(c) : "";
    }

    private static long total(CsvTable table, List<String> row, String column, long replications) {
        double mean = CsvTable.number(field(table, row, column));
        return Double.isFinite(mean) ? Math.round(mean * replications) : 0;
    }

    public double meanAttempts() {
        return replications == 0 ? Double.NaN : (double) attempts / replications;
    }

    /** Exact Poisson 95% interval of the attempts per replication. */
    public ConfidenceInterval attemptsInterval() {
        return ConfidenceInterval.poissonMean(attempts, replications);
    }

    /** Detections over attempts, pooled over all replications; NaN without attempts. */
    public double detectionRate() {
        return attempts == 0 ? Double.NaN : (double) detections / attempts;
    }

    public double interdictionRate() {
        return attempts == 0 ? Double.NaN : (double) interdictions / attempts;
    }

    /** Wilson 95% interval of the pooled detection rate, treating the groups as independent trials. */
    public ConfidenceInterval detectionInterval() {
        return ConfidenceInterval.wilson(Math.min(detections, attempts), attempts, Z95);
    }

    public ConfidenceInterval interdictionInterval() {
        return ConfidenceInterval.wilson(Math.min(interdictions, attempts), attempts, Z95);
    }

    public double middleKm() {
        return (fromKm + toKm) / 2;
    }
}
