package dev.panj.results.sweep;

import dev.panj.scenarios.LoadedScenario;
import java.util.List;

/**
 * One design point as a scenario: the factors' values written into the base scenario and checked like any
 * scenario file, so it has its own resolved YAML and hash and runs on any engine like any scenario.
 *
 * @param index    the point's row in the design, from 0
 * @param block    its Saltelli block (A, B, AB1 …) in a Sobol' design, else empty
 * @param values   the factors' values, in factor order
 * @param scenario the point's scenario
 */
public record SweepPoint(int index, String block, List<FactorValue> values, LoadedScenario scenario) {
    public SweepPoint {
        values = List.copyOf(values);
    }

    public String sha256() {
        return scenario.sha256();
    }
}
