package dev.panj.scenarios;

import java.util.List;
import java.util.function.Supplier;

/**
 * A checked scenario together with what {@code panj scenarios show} tells about it: whether it is abstract (a
 * base for others, not run), the files it was built from, and where each of its values came from.
 */
public final class ResolvedScenario {

    /** The second line of {@link #annotatedYaml()}, explaining its end-of-line comments. */
    public static final String PROVENANCE_HEADER =
            "# after each value: FILE:LINE where it is set, parent NAME:LINE when inherited, or default";

    private final LoadedScenario scenario;
    private final boolean isAbstract;
    private final List<String> files;
    private final Provenance provenance;
    private final Supplier<ParameterSources> sources;
    private ParameterSources found;

    ResolvedScenario(LoadedScenario scenario, boolean isAbstract, List<String> files, Provenance provenance,
                     Supplier<ParameterSources> sources) {
        this.sources = sources;
        this.scenario = scenario;
        this.isAbstract = isAbstract;
        this.files = List.copyOf(files);
        this.provenance = provenance;
    }

    /** The configuration, its resolved YAML and hash, as a run would use them. */
    public LoadedScenario scenario() {
        return scenario;
    }

    /** True when the file says {@code abstract: true}: it is checked, shown and compared, but not run. */
    public boolean isAbstract() {
        return isAbstract;
    }

    /** What problems call the files of the scenario: the file asked for first, then each one it extends. */
    public List<String> files() {
        return files;
    }

    /** Every parameter with its value, the file that sets it and its source ({@code panj scenarios sources}). */
    public synchronized ParameterSources sources() {
        if (found == null) {
            found = sources.get();
        }
        return found;
    }

    /**
     * The resolved YAML with, after each value, the place it came from; header comments name the files it was
     * built from and say whether it is abstract.
     */
    public String annotatedYaml() {
        StringBuilder text = new StringBuilder(ScenarioYaml.HEADER).append('\n').append(PROVENANCE_HEADER).append('\n');
        if (files.size() > 1) {
            text.append("# ").append(files.get(0)).append(" extends ")
                    .append(String.join(", which extends ", files.subList(1, files.size()))).append('\n');
        }
        if (isAbstract) {
            text.append("# abstract: a base for other scenarios to extend; it is not run\n");
        }
        return text.append(new YamlWriter(provenance::of).write(scenario.config())).toString();
    }
}
