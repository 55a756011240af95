package dev.panj.scenarios;

/**
 * A scenario shipped inside the jar, listed by {@code panj scenarios list}.
 *
 * @param name        what {@link ScenarioLibrary#load(String)} accepts
 * @param description the scenario's {@code description:} key, empty if it has none
 */
public record BuiltInScenario(String name, String description) {
}
