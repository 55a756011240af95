package dev.panj.results.bench;

import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.geo.GeoData;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Replications per second of a real batch (the same code as `panj batch`, nothing written) on 1 or more threads.
 *
 * <p>What kept the 2-thread speedup low was the JIT compiler, not the batch: a replication of barrier-2015 takes a
 * few milliseconds, and after a warm-up batch of 100 the compiler threads were still compiling (about 1 s of
 * compilation per 1.5 s batch, still, after 1,000 replications). On a 2-core machine they ran on the core the
 * 1-thread batch left idle, and took it from the 2-thread batch. The main thread's share (ordering and
 * aggregating results) is 2–4 % of a replication's CPU time, garbage collection under 1 %, and the replication
 * threads share no lock. So the speedup is measured in the steady state: warm-up batches until one spends less
 * than 2 % of its wall time compiling, then pairs of 1- and 2-thread batches, the median of the pairs' ratios.
 */
public final class BatchThroughput {
    private static final double QUIET_JIT_SHARE = 0.02;
    private static final int MAX_WARM_UPS = 20;

    private final LoadedScenario scenario;
    private final GeoData geo;
    private final ScenarioRunner runner;
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

    public BatchThroughput(LoadedScenario scenario, GeoData geo) {
        this.scenario = scenario;
        this.geo = geo;
        this.runner = new ScenarioRunner(scenario.config(), geo, scenario.config().simulation().duration());
    }

    public double replicationsPerSecond(int replications, int threads) throws InterruptedException {
        double hours = scenario.config().simulation().duration();
        BatchSpec spec = new BatchSpec(scenario, 1, hours, new StoppingRule.Fixed(replications), "panj bench");
        Batch batch = new Batch(spec, new LocalExecutor(threads, runner), new StopSignal(), BatchProgress.NONE);
        long t0 = System.nanoTime();
        BatchOutcome outcome = batch.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (outcome.completed() != replications) {
            throw new IllegalStateException("benchmark batch completed " + outcome.completed() + " of " + replications);
        }
        return replications / seconds;
    }

    /** Batches on 2 threads until one spends under 2 % of its wall time in the JIT compiler; returns the batches run. */
    public int warmUp(int replications) throws InterruptedException {
        for (int k = 1; k <= MAX_WARM_UPS; k++) {
            long jit0 = compileMillis();
            long t0 = System.nanoTime();
            replicationsPerSecond(replications, 2);
            double wallMillis = (System.nanoTime() - t0) / 1e6;
            if (jit0 >= 0 && (compileMillis() - jit0) < QUIET_JIT_SHARE * wallMillis) {
                return k;
            }
        }
        return MAX_WARM_UPS;
    }

    /**
     * The steady-state speedup: after {@link #warmUp}, {@code pairs} pairs of a 1-thread and a 2-thread batch.
     * Returns {median replications/s on 1 thread, on 2 threads, median of the pairs' ratios, warm-up batches}.
     */
    public double[] speedup(int replications, int pairs) throws InterruptedException {
        int warm = warmUp(replications);
        double[] one = new double[pairs];
        double[] two = new double[pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            one[p] = replicationsPerSecond(replications, 1);
            two[p] = replicationsPerSecond(replications, 2);
            ratio[p] = two[p] / one[p];
        }
        return new double[] {median(one), median(two), median(ratio), warm};
    }

    private long compileMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
