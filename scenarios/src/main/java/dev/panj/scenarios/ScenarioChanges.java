package dev.panj.scenarios;

import java.util.List;

/**
 * The entry point for splitting the difference between two scenarios into changes: find them, group them, and
 * build the scenario of the base with any set of them applied (see {@link ChangeSet}).
 */
public final class ScenarioChanges {
    private ScenarioChanges() {
    }

    /** The changes from {@code base} to {@code target}; empty when their parameters are the same. */
    public static ChangeSet between(LoadedScenario base, LoadedScenario target) {
        return new ChangeSet(base, target, ScenarioLibrary.geoData());
    }

    /**
     * The groups of a grouping file (YAML: {@code groups: {NAME: PATTERN or [PATTERN, ...]}}); {@code origin} is
     * what problems call the file.
     *
     * @throws ScenarioException listing every problem of the file, each with its line, column and key
     */
    public static List<ChangeGroup> readGroups(String yamlText, String origin) throws ScenarioException {
        return ChangeGroupReader.read(yamlText, origin);
    }

    /**
     * One group as the option {@code --group NAME=PATTERN[,PATTERN...]} gives it.
     *
     * @throws ScenarioException if the text is not of that form
     */
    public static ChangeGroup groupOption(String text) throws ScenarioException {
        return ChangeGroupReader.option(text);
    }
}
