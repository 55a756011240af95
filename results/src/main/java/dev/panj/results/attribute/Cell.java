package dev.panj.results.attribute;

import dev.panj.scenarios.LoadedScenario;

/**
 * One cell of an attribution: the base with a subset of the changes applied ({@code mask}, bit i for change i), as a
 * checked scenario with its own resolved YAML and hash.
 *
 * @param index the cell's number, from 0, in the order of the design
 */
public record Cell(int index, long mask, LoadedScenario scenario) {
    public String sha256() {
        return scenario.sha256();
    }
}
