package dev.panj.results.compare;

import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.sim.metrics.RunResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An executor that keeps the metric values of every completed replication as they pass to the batch: what a
 * comparison without an output folder pairs. It wraps any executor, since outcomes reach the sink on the
 * calling thread wherever the replications ran.
 */
final class RecordingExecutor implements ExperimentExecutor {
    private final ExperimentExecutor delegate;
    private final List<String> metrics;
    private final TreeMap<Integer, double[]> runs = new TreeMap<>();

    RecordingExecutor(ExperimentExecutor delegate, List<String> metrics) {
        this.delegate = delegate;
        this.metrics = List.copyOf(metrics);
    }

    @Override
    public void execute(ReplicationPlan plan, ReplicationSink sink) throws InterruptedException {
        delegate.execute(plan, new ReplicationSink() {
            @Override
            public void completed(Replication replication, RunResult result) {
                double[] row = new double[metrics.size()];
                for (int m = 0; m < row.length; m++) {
                    row[m] = result.metric(metrics.get(m));
                }
                runs.put(replication.index(), row);
                sink.completed(replication, result);
            }

            @Override
            public void failed(Replication replication, Throwable error) {
                sink.failed(replication, error);
            }

            @Override
            public boolean stopRequested() {
                return sink.stopRequested();
            }
        });
    }

    @Override
    public int parallelism() {
        return delegate.parallelism();
    }

    /** The completed replications with an index below {@code end}, as a scenario's runs. */
    ScenarioRuns runs(String scenario, int end) {
        Map<Integer, double[]> kept = runs.headMap(end);
        int[] indices = kept.keySet().stream().mapToInt(Integer::intValue).toArray();
        double[][] values = new double[metrics.size()][indices.length];
        int k = 0;
        for (double[] row : kept.values()) {
            for (int m = 0; m < row.length; m++) {
                values[m][k] = row[m];
            }
            k++;
        }
        return new ScenarioRuns(scenario, metrics, indices, values);
    }
}
