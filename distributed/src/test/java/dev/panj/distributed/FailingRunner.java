package dev.panj.distributed;

import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.sim.metrics.RunResult;
import java.util.List;

/** Runs the model, except that chosen replications throw (with a two-line message, as a model error might). */
final class FailingRunner implements ReplicationRunner {
    private final ReplicationRunner model;
    private final List<Integer> failing;

    FailingRunner(ReplicationRunner model, List<Integer> failing) {
        this.model = model;
        this.failing = List.copyOf(failing);
    }

    @Override
    public RunResult run(Replication replication) throws Exception {
        if (failing.contains(replication.index())) {
            throw new IllegalStateException("boom in replication " + replication.index() + ",\nsecond line");
        }
        return model.run(replication);
    }

    /** The same runner made on Spark's executors: the scenario's runner, failing on {@code failing}. */
    record Recipe(ScenarioRecipe scenario, List<Integer> failing) implements RunnerRecipe {
        @Override
        public ReplicationRunner runner() {
            return new FailingRunner(scenario.runner(), failing);
        }
    }
}
