package dev.panj.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a finished batch folder, read back: everything the charts and the report show comes from here,
 * never from the run in memory, so {@code panj report DIR} rebuilds them from the folder alone. The scenario
 * is parsed again from {@code scenario.resolved.yaml} for its description and geography; if that fails
 * ({@code scenario} null) the report says why and draws a plain line for the border.
 */
record BatchFolderContents(Path dir, JsonNode summary, JsonNode manifest, CsvTable runs, CsvTable timeSeries,
                           CsvTable sectors, CsvTable failures, String resolvedYaml, LoadedScenario scenario,
                           String scenarioProblem, SampledSeries sample) {

    static BatchFolderContents read(Path dir) throws OutputDirectoryException, IOException {
        BatchFolderCheck.check(dir);
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = JsonFiles.read(json, dir.resolve(BatchLayout.SUMMARY), JsonNode.class);
        JsonNode manifest = JsonFiles.read(json, dir.resolve(BatchLayout.MANIFEST), JsonNode.class);
        Path failuresFile = dir.resolve(BatchLayout.FAILURES);
        CsvTable failures = Files.isRegularFile(failuresFile) ? CsvTable.read(failuresFile) : CsvTable.parse("");
        String yaml = Files.readString(dir.resolve(BatchLayout.SCENARIO));
        LoadedScenario scenario = null;
        String problem = "";
        try {
            scenario = ScenarioLibrary.parse(yaml, dir.resolve(BatchLayout.SCENARIO).toString());
        } catch (ScenarioException e) {
            problem = BatchLayout.SCENARIO + " no longer loads: " + e.problems().size() + " problem(s), the first: "
                    + e.problems().get(0).format();
        }
        return new BatchFolderContents(dir, summary, manifest, CsvTable.read(dir.resolve(BatchLayout.RUNS)),
                CsvTable.read(dir.resolve(BatchLayout.TIME_SERIES)), CsvTable.read(dir.resolve(BatchLayout.SECTORS)),
                failures, yaml, scenario, problem, SampledSeries.read(dir));
    }

    /** The Kaplan–Meier curves pooled from groups.csv (empty for a batch written before it existed). */
    java.util.Map<String, dev.panj.results.stats.KaplanMeier> survival() {
        try {
            return dev.panj.results.io.SurvivalTable.read(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** sectors.csv, row by row. */
    List<SectorRow> sectorRows() {
        return SectorRow.of(sectors);
    }

    /** timeseries.csv with the sample of single replications. */
    SeriesTable series() {
        return SeriesTable.of(timeSeries, sample);
    }

    /** The scenario's name as summary.json records it. */
    String scenarioName() {
        return summary.path("scenario").asText();
    }

    int replications() {
        return summary.path("replications").asInt();
    }

    /** The per-replication values of a metric from runs.csv (NaN: no value); empty if there is no such column. */
    double[] runValues(String metric) {
        if (!runs.hasColumn(metric)) {
            return new double[0];
        }
        int column = runs.column(metric);
        double[] values = new double[runs.rows().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = CsvTable.number(runs.rows().get(i).get(column));
        }
        return values;
    }

    /** The metrics of summary.json in their order. */
    List<String> metrics() {
        List<String> names = new ArrayList<>();
        summary.path("metrics").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A statistic of a metric from summary.json; NaN where it is null or missing. */
    double statistic(String metric, String statistic) {
        JsonNode value = summary.path("metrics").path(metric).path(statistic);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
