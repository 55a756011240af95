package dev.panj.results.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.report.BatchFolderCheck;
import dev.panj.results.report.SampledSeries;
import dev.panj.results.report.SectorRow;
import dev.panj.results.report.SeriesTable;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of one scenario's finished batch folder in a comparison, read back. The scenario is parsed again
 * from {@code scenario.resolved.yaml}, for its description, its geography and the differences from the baseline;
 * if that fails ({@code scenario} null), {@code scenarioProblem} says why.
 */
record ScenarioFolder(String name, String folder, Path dir, ScenarioRuns runs, JsonNode summary, JsonNode manifest,
                      CsvTable timeSeries, CsvTable sectors, LoadedScenario scenario, String scenarioProblem,
                      SampledSeries sample) {

    static ScenarioFolder read(Path dir, String name) throws OutputDirectoryException, IOException {
        BatchFolderCheck.check(dir);
        ObjectMapper json = new ObjectMapper();
        LoadedScenario scenario = null;
        String problem = "";
        try {
            scenario = ScenarioLibrary.parse(Files.readString(dir.resolve(BatchLayout.SCENARIO)),
                    dir.resolve(BatchLayout.SCENARIO).toString());
        } catch (ScenarioException e) {
            problem = BatchLayout.SCENARIO + " of " + name + " no longer loads: " + e.problems().size()
                    + " problem(s), the first: " + e.problems().get(0).format();
        }
        return new ScenarioFolder(name, dir.getFileName().toString(), dir,
                ScenarioRuns.fromRunsCsv(name, CsvTable.read(dir.resolve(BatchLayout.RUNS))),
                JsonFiles.read(json, dir.resolve(BatchLayout.SUMMARY), JsonNode.class),
                JsonFiles.read(json, dir.resolve(BatchLayout.MANIFEST), JsonNode.class),
                CsvTable.read(dir.resolve(BatchLayout.TIME_SERIES)), CsvTable.read(dir.resolve(BatchLayout.SECTORS)),
                scenario, problem, SampledSeries.read(dir));
    }

    /** sectors.csv, row by row. */
    List<SectorRow> sectorRows() {
        return SectorRow.of(sectors);
    }

    /** timeseries.csv with the sample of single replications. */
    SeriesTable series() {
        return SeriesTable.of(timeSeries, sample);
    }

    /** The simulated hours of each replication, as the batch's manifest records them. */
    double hours() {
        return manifest.path("hours").asDouble();
    }

    /** Replications that failed. */
    int failed() {
        return summary.path("failed").asInt();
    }

    /** Why the batch stopped, in one sentence. */
    String stopping() {
        return summary.path("stopping").path("description").asText();
    }

    /** How a finished batch ended, from its files: what a resumed comparison reports for a batch it keeps. */
    static ScenarioOutcome finishedOutcome(Path dir, String name, double hours) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve(BatchLayout.SUMMARY).toFile());
        String first = "";
        Path failures = dir.resolve(BatchLayout.FAILURES);
        if (Files.isRegularFile(failures)) {
            CsvTable table = CsvTable.read(failures);
            if (!table.rows().isEmpty()) {
                first = "replication " + String.join(", ", table.rows().get(0));
            }
        }
        return new ScenarioOutcome(name, hours, summary.path("stopping").path("replications").asInt(),
                summary.path("replications").asInt(), summary.path("failed").asInt(),
                summary.path("stopping").path("description").asText(), first);
    }
}
