package dev.panj.results.attribute;

import dev.panj.scenarios.ChangeGroup;
import java.util.List;
import java.util.Objects;

/**
 * What an attribution runs: every cell of {@code plan}, {@code replications} times, replication r of each with the
 * seed of replication r of a batch with seed {@code seed} (common random numbers).
 *
 * @param groups       the groupings asked for (recorded, so that {@code --resume} rebuilds the same changes)
 * @param hours        simulated hours of every run, or NaN for each cell's own {@code simulation.duration}
 * @param permutations the orders sampled when there are more changes than a factorial takes
 * @param metrics      the metrics the console, the charts and the report show (the tables hold every metric)
 * @param command      the command line, recorded in the manifest
 */
public record AttributionSpec(AttributionPlan plan, List<ChangeGroup> groups, long seed, double hours,
                              int replications, int permutations, List<String> metrics, String command) {
    public AttributionSpec {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(command, "command");
        groups = List.copyOf(groups);
        metrics = List.copyOf(metrics);
        if (replications < 2) {
            throw new IllegalArgumentException("an attribution needs at least 2 replications, got " + replications);
        }
        if (!Double.isNaN(hours) && (!(hours > 0) || Double.isInfinite(hours))) {
            throw new IllegalArgumentException("hours must be positive, got " + hours);
        }
    }

    /** The simulated hours of a cell's runs. */
    public double hours(Cell cell) {
        return Double.isNaN(hours) ? cell.scenario().config().simulation().duration() : hours;
    }

    public int runs() {
        return plan.cells().size() * replications;
    }
}
