package dev.panj.results.compare;

import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison folder read back: its manifest and each scenario's finished batch folder, in the manifest's
 * order. The comparison's tables, charts and report come from here alone, so they can be rebuilt without
 * rerunning anything.
 */
record ComparisonFolder(Path dir, ComparisonManifest manifest, List<ScenarioFolder> scenarios) {
    ComparisonFolder {
        scenarios = List.copyOf(scenarios);
    }

    static ComparisonFolder read(Path dir) throws OutputDirectoryException, IOException {
        ComparisonManifest manifest = ComparisonManifest.read(dir);
        List<ScenarioFolder> scenarios = new ArrayList<>();
        for (ComparisonManifest.Entry entry : manifest.scenarios()) {
            scenarios.add(ScenarioFolder.read(dir.resolve(entry.folder()), entry.name()));
        }
        return new ComparisonFolder(dir, manifest, scenarios);
    }

    String baselineName() {
        return manifest.baseline();
    }

    ScenarioFolder baseline() {
        return scenario(baselineName());
    }

    ScenarioFolder scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }

    /** The paired statistics, from each scenario's runs.csv. */
    ComparisonResult result() {
        return ComparisonResult.of(baselineName(), scenarios.stream().map(ScenarioFolder::runs).toList());
    }

    /**
     * The parameters in which {@code scenario} differs from the baseline, as {@code panj scenarios diff} prints
     * them ({@code path: baseline value → scenario value}); a note instead if a scenario file no longer loads.
     */
    List<String> differences(String scenario) {
        ScenarioFolder base = baseline();
        ScenarioFolder other = scenario(scenario);
        if (base.scenario() == null || other.scenario() == null) {
            return List.of("(not available: " + (base.scenario() == null ? base.scenarioProblem()
                    : other.scenarioProblem()) + ")");
        }
        return ScenarioLibrary.differences(base.scenario().config(), other.scenario().config());
    }
}
