package dev.panj.scenarios;

import java.util.List;

/**
 * The value a lever or an uncertainty takes at one point: as people read it, as a number (a choice's position for
 * choices) and as the changes to the base scenario that give it.
 *
 * @param text      the value as a scenario file writes it ({@code 20 km}, {@code stochastic}) or the option's name
 * @param number    the value in the key's canonical unit, or the position of a choice from 0
 * @param overrides the changes to the base scenario
 */
public record StudySetting(String text, double number, List<ScenarioOverride> overrides) {
    public StudySetting {
        overrides = List.copyOf(overrides);
    }
}
