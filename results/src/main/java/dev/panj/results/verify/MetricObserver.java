package dev.panj.results.verify;

import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.metrics.RunResult;
import java.util.List;
import java.util.function.Function;

/** Reads a replication's values from its metrics alone: the model's own statistics are what is checked. */
record MetricObserver(Function<RunResult, double[]> read) implements Observer {
    @Override
    public void on(ModelEvent event) {
        // the metrics say all
    }

    @Override
    public double[] values(RunResult result) {
        return read.apply(result);
    }

    @Override
    public List<String> problems() {
        return List.of();
    }
}
