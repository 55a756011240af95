package dev.panj.results.sweep;

import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvText;
import dev.panj.results.stats.MetricSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tables of a sweep. Each depends only on the spec and the runs' results in point and replication
 * order, so the same sweep gives byte-identical tables whatever the thread count and however often it was
 * interrupted and resumed. Factor columns are named by the factors' paths and hold numbers in the key's
 * canonical unit (h, km, km/h, /h), or the level as written for levels that are not numbers.
 */
final class SweepWriter {
    static final List<String> SUMMARY_COLUMNS = List.of("metric", "n", "mean", "sd", "ci_low", "ci_high");
    static final List<String> FAILURE_COLUMNS = List.of("point", "replication", "seed", "error", "message");

    private SweepWriter() {
    }

    /** The design: one row per point with its factors' values and its scenario's hash. */
    static String designCsv(Design design, List<SweepPoint> points) {
        boolean sobol = design.kind() == DesignKind.SOBOL;
        List<String> header = new ArrayList<>(List.of("point"));
        if (sobol) {
            header.add("block");
        }
        design.factors().forEach(f -> header.add(f.name()));
        header.add("scenario_sha256");
        CsvText csv = new CsvText().row(header);
        for (SweepPoint point : points) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(point.index())));
            if (sobol) {
                row.add(point.block());
            }
            point.values().forEach(v -> row.add(v.label()));
            row.add(point.sha256());
            csv.row(row);
        }
        return csv.toString();
    }

    /** Writes the result tables into {@code dir} and returns the names written. */
    static List<String> write(Path dir, SweepSpec spec, SweepResults results) throws IOException {
        List<String> names = new ArrayList<>();
        write(dir, SweepLayout.RUNS, runsCsv(spec, results), names);
        write(dir, SweepLayout.POINTS, pointsCsv(spec, results), names);
        if (!results.failures().isEmpty()) {
            write(dir, SweepLayout.FAILURES, failuresCsv(results.failures()), names);
        }
        return names;
    }

    /** One row per completed run: point, replication, seed, the factors' values and every metric. */
    static String runsCsv(SweepSpec spec, SweepResults results) {
        List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
        spec.design().factors().forEach(f -> header.add(f.name()));
        header.addAll(results.metrics());
        CsvText csv = new CsvText().row(header);
        for (int run = 0; run < results.runs(); run++) {
            if (!results.isCompleted(run)) {
                continue;
            }
            RunKey key = RunKey.of(run, results.replications());
            List<String> row = new ArrayList<>(header.size());
            row.add(Integer.toString(key.point()));
            row.add(Integer.toString(key.replication()));
            row.add(Long.toString(ReplicationSeeds.seed(spec.seed(), key.replication())));
            spec.points().get(key.point()).values().forEach(v -> row.add(v.label()));
            for (int m = 0; m < results.metrics().size(); m++) {
                row.add(CanonicalNumber.format(results.value(run, m)));
            }
            csv.row(row);
        }
        return csv.toString();
    }

    /** Long format: per point and metric, n, mean, sd and the 95% interval of the mean over replications. */
    static String pointsCsv(SweepSpec spec, SweepResults results) {
        List<String> header = new ArrayList<>(List.of("point"));
        spec.design().factors().forEach(f -> header.add(f.name()));
        header.addAll(SUMMARY_COLUMNS);
        CsvText csv = new CsvText().row(header);
        for (SweepPoint point : spec.points()) {
            List<String> prefix = new ArrayList<>(List.of(Integer.toString(point.index())));
            point.values().forEach(v -> prefix.add(v.label()));
            for (int m = 0; m < results.metrics().size(); m++) {
                MetricSummary s = results.pointSummary(point.index(), m);
                List<String> row = new ArrayList<>(prefix);
                row.addAll(List.of(results.metrics().get(m), Long.toString(s.n()), number(s.mean()), number(s.sd()),
                        number(s.ciLow()), number(s.ciHigh())));
                csv.row(row);
            }
        }
        return csv.toString();
    }

    static String failuresCsv(List<RunFailure> failures) {
        CsvText csv = new CsvText().row(FAILURE_COLUMNS);
        for (RunFailure f : failures) {
            csv.row(List.of(Integer.toString(f.point()), Integer.toString(f.replication()), Long.toString(f.seed()),
                    f.error(), f.message()));
        }
        return csv.toString();
    }

    static void write(Path dir, String name, String text, List<String> names) throws IOException {
        AtomicFiles.writeString(dir.resolve(name), text);
        names.add(name);
    }

    private static String number(double value) {
        return CanonicalNumber.format(value);
    }
}
