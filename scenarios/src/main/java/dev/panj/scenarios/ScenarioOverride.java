package dev.panj.scenarios;

import java.util.Objects;

/**
 * One change to a resolved scenario: the value at a parameter path, written as in a scenario file. Paths name
 * keys separated by dots and list items in brackets, by identity or by position from 0:
 * {@code csto.decisionDelay}, {@code commands[TJK].processingDelay}, {@code posts[tj-post-west].sensor.range},
 * {@code cooperation.links[from=TJK,to=KGZ].delay}, {@code timeline[2].at}.
 *
 * @param path  the parameter's path
 * @param value the value as a scenario file writes it ({@code 2.5 h}, {@code 0.3}, {@code deterministic})
 */
public record ScenarioOverride(String path, String value) {
    public ScenarioOverride {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
