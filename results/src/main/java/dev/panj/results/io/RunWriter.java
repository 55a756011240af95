package dev.panj.results.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.metrics.SectorStats;
import dev.panj.sim.metrics.TimeSeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one run into an output folder (prepared by {@link OutputDirectory#prepare}). Every file except the
 * manifest depends only on the run result and the scenario, so the same run gives byte-identical files;
 * the manifest adds wall-clock times and is written last, so its presence marks a complete output.
 */
public final class RunWriter {
    public static final String SUMMARY = "summary.json";
    public static final String TIME_SERIES = "timeseries.csv";
    public static final String SECTORS = "sectors.csv";
    public static final String SCENARIO = "scenario.resolved.yaml";
    public static final String MANIFEST = OutputDirectory.MARKER;

    /**
     * Columns of {@value #SECTORS}: every {@link SectorStats} component, then two ratios per group that tried
     * to cross in the sector (the model counts a sector's detections as groups detected, and a group can be
     * detected or interdicted before it crosses, so attempts are the denominator that keeps both in [0, 1]).
     */
    static final List<String> SECTOR_COLUMNS = List.of(
            "id", "index", "from_km", "to_km", "terrain",
            "groups_attempted", "groups_crossed", "militants_crossed", "detections", "groups_interdicted", "militants_interdicted",
            "detection_rate", "interdiction_rate");

    private RunWriter() {
    }

    /**
     * Writes the run's files into {@code dir} and returns their paths, the manifest last.
     *
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path dir, RunResult result, RunProvenance provenance) throws IOException {
        List<String> names = List.of(SUMMARY, TIME_SERIES, SECTORS, SCENARIO);
        AtomicFiles.writeString(dir.resolve(SUMMARY), summaryJson(result));
        AtomicFiles.writeString(dir.resolve(TIME_SERIES), timeSeriesCsv(result.timeSeries()));
        AtomicFiles.writeString(dir.resolve(SECTORS), sectorsCsv(result.sectors()));
        AtomicFiles.writeString(dir.resolve(SCENARIO), provenance.resolvedYaml());
        AtomicFiles.writeString(dir.resolve(MANIFEST), manifestJson(result, provenance, names));
        List<Path> written = new ArrayList<>();
        for (String name : names) {
            written.add(dir.resolve(name));
        }
        written.add(dir.resolve(MANIFEST));
        return List.copyOf(written);
    }

    /** {@code {"scenario": name, "seed": n, "metrics": {name: number or null, ...}}}, metrics in run order. */
    static String summaryJson(RunResult result) {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("scenario", result.scenario());
            json.writeNumberField("seed", result.seed());
            json.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
                json.writeFieldName(metric.getKey());
                JsonText.writeNumber(json, metric.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** One row per hourly snapshot under the series' own column names; an undefined value is an empty field. */
    static String timeSeriesCsv(TimeSeries series) {
        CsvText csv = new CsvText().row(series.columns());
        for (double[] row : series.rows()) {
            List<String> fields = new ArrayList<>(row.length);
            for (double value : row) {
                fields.add(CanonicalNumber.format(value));
            }
            csv.row(fields);
        }
        return csv.toString();
    }

    static String sectorsCsv(List<SectorStats> sectors) {
        CsvText csv = new CsvText().row(SECTOR_COLUMNS);
        for (SectorStats s : sectors) {
            csv.row(List.of(
                    s.id(),
                    Integer.toString(s.index()),
                    CanonicalNumber.format(s.fromKm()),
                    CanonicalNumber.format(s.toKm()),
                    s.terrain().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Long.toString(s.groupsAttempted()),
                    Long.toString(s.groupsCrossed()),
                    Long.toString(s.militantsCrossed()),
                    Long.toString(s.detections()),
                    Long.toString(s.groupsInterdicted()),
                    Long.toString(s.militantsInterdicted()),
                    CanonicalNumber.format(ratio(s.detections(), s.groupsAttempted())),
                    CanonicalNumber.format(ratio(s.groupsInterdicted(), s.groupsAttempted()))));
        }
        return csv.toString();
    }

    static String manifestJson(RunResult result, RunProvenance provenance, List<String> files) {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeStringField("version", Version.current());
            json.writeStringField("scenario", provenance.scenario());
            json.writeStringField("scenario_origin", provenance.scenarioOrigin());
            json.writeStringField("scenario_sha256", provenance.scenarioSha256());
            json.writeNumberField("seed", result.seed());
            json.writeFieldName("hours");
            JsonText.writeNumber(json, result.hours());
            json.writeStringField("command", provenance.command());
            json.writeStringField("started", provenance.started().toString());
            json.writeStringField("finished", provenance.finished().toString());
            json.writeStringField("java_version", System.getProperty("java.version"));
            writeStrings(json, "files", files);
            json.writeEndObject();
        });
    }

    /** NaN (an empty field) where no group tried to cross. */
    private static double ratio(long count, long attempts) {
        return attempts == 0 ? Double.NaN : (double) count / attempts;
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
