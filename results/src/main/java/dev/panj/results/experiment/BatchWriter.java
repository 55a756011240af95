package dev.panj.results.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvText;
import dev.panj.results.io.GroupTable;
import dev.panj.results.io.SurvivalTable;
import dev.panj.results.io.JsonText;
import dev.panj.results.stats.CiMethod;
import dev.panj.results.stats.MetricSummary;
import dev.panj.results.stats.SectorSum;
import dev.panj.results.stats.SeriesBand;
import dev.panj.results.stats.SeriesMoments;
import dev.panj.results.stats.SeriesSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the tables of a finished batch. Each depends only on the scenario, the seed and the replications'
 * results in index order, so the same batch gives byte-identical tables whatever the thread count and
 * however often it was interrupted and resumed.
 */
final class BatchWriter {
    static final List<String> SUMMARY_COLUMNS =
            List.of("metric", "n", "mean", "sd", "ci_low", "ci_high", "median", "p05", "p95", "ci_method");
    static final List<String> TIME_SERIES_COLUMNS = List.of("hour", "series", "n", "mean", "sd", "ci_low", "ci_high");
    static final List<String> SECTOR_COLUMNS = List.of("id", "index", "from_km", "to_km", "terrain", "replications",
            "mean_groups_attempted", "mean_groups_crossed", "mean_militants_crossed", "mean_detections",
            "mean_groups_interdicted", "mean_militants_interdicted", "detection_rate", "interdiction_rate");
    static final List<String> FAILURE_COLUMNS = List.of("index", "seed", "error", "message");

    private BatchWriter() {
    }

    /** Writes every table into {@code dir} and returns the names written. */
    static List<String> write(Path dir, BatchSpec spec, BatchAggregate aggregate, StoppingOutcome stopping)
            throws IOException {
        List<String> names = new ArrayList<>();
        write(dir, BatchLayout.RUNS, runsCsv(aggregate, spec.seed()), names);
        List<MetricSummary> summaries = aggregate.summaries();
        write(dir, BatchLayout.SUMMARY, summaryJson(spec, aggregate, summaries, stopping), names);
        write(dir, BatchLayout.SUMMARY_CSV, summaryCsv(aggregate.metrics(), summaries), names);
        write(dir, BatchLayout.TIME_SERIES, timeSeriesCsv(aggregate.series()), names);
        write(dir, BatchLayout.SECTORS, sectorsCsv(aggregate.sectors().sums()), names);
        if (aggregate.sample().size() > 0) {
            write(dir, BatchLayout.TIME_SERIES_RUNS, seriesSampleCsv(aggregate.sample()), names);
        }
        if (!aggregate.failures().isEmpty()) {
            write(dir, BatchLayout.FAILURES, failuresCsv(aggregate.failures()), names);
        }
        List<List<String>> groups = BatchJournal.groupRows(dir);
        if (!groups.isEmpty()) {
            CsvText groupCsv = new CsvText().row(GroupTable.COLUMNS);
            groups.forEach(groupCsv::row);
            write(dir, GroupTable.FILE, groupCsv.toString(), names);
            write(dir, SurvivalTable.FILE, SurvivalTable.csv(SurvivalTable.estimate(groups)), names);
        }
        write(dir, BatchLayout.SCENARIO, spec.scenario().resolvedYaml(), names);
        return List.copyOf(names);
    }

    /** One row per successful replication in index order: index, seed, every metric (empty: no value). */
    static String runsCsv(BatchAggregate aggregate, long batchSeed) {
        List<String> header = new ArrayList<>(List.of("index", "seed"));
        header.addAll(aggregate.metrics());
        CsvText csv = new CsvText().row(header);
        for (int k = 0; k < aggregate.completed(); k++) {
            int index = aggregate.index(k);
            List<String> row = new ArrayList<>(header.size());
            row.add(Integer.toString(index));
            row.add(Long.toString(ReplicationSeeds.seed(batchSeed, index)));
            for (int m = 0; m < aggregate.metrics().size(); m++) {
                row.add(CanonicalNumber.format(aggregate.value(m, k)));
            }
            csv.row(row);
        }
        return csv.toString();
    }

    static String summaryJson(BatchSpec spec, BatchAggregate aggregate, List<MetricSummary> summaries,
                              StoppingOutcome stopping) {
        List<String> metrics = aggregate.metrics();
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("scenario", spec.scenario().name());
            json.writeNumberField("replications", aggregate.completed());
            json.writeNumberField("failed", aggregate.failures().size());
            json.writeNumberField("seed", spec.seed());
            json.writeFieldName("hours");
            JsonText.writeNumber(json, spec.hours());
            json.writeObjectFieldStart("ci");
            json.writeNumberField("level", 0.95);
            json.writeStringField("default_method", CiMethod.STUDENT_T.label());
            json.writeArrayFieldStart(CiMethod.WILSON.label());
            for (String metric : metrics) {
                if (CiMethod.forMetric(metric) == CiMethod.WILSON) {
                    json.writeString(metric);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("stopping");
            json.writeStringField("rule", stopping.rule());
            json.writeStringField("reason", stopping.reason());
            json.writeNumberField("replications", stopping.replications());
            if (StoppingOutcome.UNTIL_CI.equals(stopping.rule())) {
                json.writeStringField("metric", stopping.metric());
                json.writeFieldName("target_half_width");
                JsonText.writeNumber(json, stopping.targetHalfWidth());
                json.writeFieldName("half_width");
                JsonText.writeNumber(json, stopping.halfWidth());
                json.writeNumberField("max_replications", stopping.maxReplications());
            }
            json.writeStringField("description", stopping.describe());
            json.writeEndObject();
            json.writeObjectFieldStart("metrics");
            for (int m = 0; m < metrics.size(); m++) {
                MetricSummary s = summaries.get(m);
                json.writeObjectFieldStart(metrics.get(m));
                number(json, "mean", s.mean());
                number(json, "sd", s.sd());
                number(json, "ci_low", s.ciLow());
                number(json, "ci_high", s.ciHigh());
                number(json, "median", s.median());
                number(json, "p05", s.p05());
                number(json, "p95", s.p95());
                json.writeNumberField("n", s.n());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static String summaryCsv(List<String> metrics, List<MetricSummary> summaries) {
        CsvText csv = new CsvText().row(SUMMARY_COLUMNS);
        for (int m = 0; m < metrics.size(); m++) {
            MetricSummary s = summaries.get(m);
            csv.row(List.of(metrics.get(m), Long.toString(s.n()), number(s.mean()), number(s.sd()),
                    number(s.ciLow()), number(s.ciHigh()), number(s.median()), number(s.p05()), number(s.p95()),
                    s.ciMethod().label()));
        }
        return csv.toString();
    }

    /** Long format: one row per hour and series, with the mean and its 95% interval across replications. */
    static String timeSeriesCsv(SeriesMoments series) {
        CsvText csv = new CsvText().row(TIME_SERIES_COLUMNS);
        if (series == null) {
            return csv.toString();
        }
        List<String> names = series.series();
        for (int row = 0; row < series.rowCount(); row++) {
            String hour = number(series.hour(row));
            for (int s = 0; s < names.size(); s++) {
                SeriesBand band = series.band(row, s);
                csv.row(List.of(hour, names.get(s), Long.toString(band.n()), number(band.mean()), number(band.sd()),
                        number(band.ciLow()), number(band.ciHigh())));
            }
        }
        return csv.toString();
    }

    /**
     * Means per replication, and rates pooled over all replications (total detections or interdictions over
     * total groups that tried to cross in the sector), which stay defined when single runs had no attempt.
     */
    static String sectorsCsv(List<SectorSum> sectors) {
        CsvText csv = new CsvText().row(SECTOR_COLUMNS);
        for (SectorSum s : sectors) {
            double n = s.replications();
            csv.row(List.of(s.id(), Integer.toString(s.index()), number(s.fromKm()), number(s.toKm()),
                    s.terrain().name().toLowerCase(Locale.ROOT).replace('_', '-'), Long.toString(s.replications()),
                    number(s.groupsAttempted() / n), number(s.groupsCrossed() / n), number(s.militantsCrossed() / n),
                    number(s.detections() / n), number(s.groupsInterdicted() / n),
                    number(s.militantsInterdicted() / n),
                    number(ratio(s.detections(), s.groupsAttempted())),
                    number(ratio(s.groupsInterdicted(), s.groupsAttempted()))));
        }
        return csv.toString();
    }

    /**
     * The key series of the first replications on the sample's grid: one row per replication and series, the values
     * at the grid's hours in columns named by the hour.
     */
    static String seriesSampleCsv(SeriesSample sample) {
        List<String> header = new ArrayList<>(List.of("index", "series"));
        for (double hour : sample.hours()) {
            header.add(number(hour));
        }
        CsvText csv = new CsvText().row(header);
        for (int k = 0; k < sample.size(); k++) {
            for (int s = 0; s < sample.series().size(); s++) {
                List<String> row = new ArrayList<>(header.size());
                row.add(Integer.toString(sample.index(k)));
                row.add(sample.series().get(s));
                for (double v : sample.values(k, s)) {
                    row.add(number(v));
                }
                csv.row(row);
            }
        }
        return csv.toString();
    }

    static String failuresCsv(List<ReplicationFailure> failures) {
        CsvText csv = new CsvText().row(FAILURE_COLUMNS);
        for (ReplicationFailure f : failures) {
            csv.row(List.of(Integer.toString(f.index()), Long.toString(f.seed()), f.error(), f.message()));
        }
        return csv.toString();
    }

    private static void write(Path dir, String name, String text, List<String> names) throws IOException {
        AtomicFiles.writeString(dir.resolve(name), text);
        names.add(name);
    }

    private static void number(JsonGenerator json, String field, double value)
            throws IOException {
        json.writeFieldName(field);
        JsonText.writeNumber(json, value);
    }

    private static String number(double value) {
        return CanonicalNumber.format(value);
    }

    private static double ratio(long count, long attempts) {
        return attempts == 0 ? Double.NaN : (double) count / attempts;
    }
}
