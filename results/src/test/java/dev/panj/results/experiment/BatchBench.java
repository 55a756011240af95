package dev.panj.results.experiment;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.metrics.RunResult;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a measurement for the closing note of a change. Runs {@code batch SCENARIO -n N} into a temporary
 * folder with 1 and 2 threads and prints replications per second and the share of the batch's time spent
 * outside {@code Simulation.run}. Run with the test classpath:
 * {@code java -cp results/target/test-classes:ui/target/panj.jar dev.panj.results.experiment.BatchBench baseline 200}.
 */
public final class BatchBench {
    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        String scenarioName = args.length > 0 ? args[0] : "baseline";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        LoadedScenario scenario = ScenarioLibrary.load(scenarioName);
        double hours = scenario.config().simulation().duration();
        measure(scenario, hours, 2, Math.min(n, 60), false); // warm-up: JIT, fonts, geography
        plainLoop(scenario, hours, n);
        for (int threads : new int[] {1, 2}) {
            measure(scenario, hours, threads, n, true);
        }
    }

    /** The model alone, replication after replication on one thread, without any batch machinery. */
    private static void plainLoop(LoadedScenario scenario, double hours, int n) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ScenarioRunner model = new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), hours);
        long t0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < n; i++) {
            model.run(ReplicationSeeds.replication(1, i));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "model alone: %d replications in %.2f s (%.2f reps/s), process CPU %.2f s "
                + "(%.4f s per replication)%n", n, wall, n / wall, cpu, cpu / n);
    }

    private static void measure(LoadedScenario scenario, double hours, int threads, int n, boolean print)
            throws Exception {
        Path dir = Files.createTempDirectory("panj-bench");
        AtomicLong modelNanos = new AtomicLong();
        AtomicLong modelCpuNanos = new AtomicLong();
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        ScenarioRunner model = new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), hours);
        ReplicationRunner timed = replication -> {
            long start = System.nanoTime();
            long cpu = threadsBean.getCurrentThreadCpuTime();
            RunResult result = model.run(replication);
            modelCpuNanos.addAndGet(threadsBean.getCurrentThreadCpuTime() - cpu);
            modelNanos.addAndGet(System.nanoTime() - start);
            return result;
        };
        long[] marks = new long[4];
        BatchProgress progress = new BatchProgress() {
            @Override
            public void started(int alreadyDone) {
                marks[0] = System.nanoTime();
                marks[2] = os.getProcessCpuTime();
            }

            @Override
            public void planned(int replications) {
            }

            @Override
            public void finished(int replications) {
                marks[1] = System.nanoTime();
                marks[3] = os.getProcessCpuTime();
            }
        };
        BatchSpec spec = new BatchSpec(scenario, 1, hours, new StoppingRule.Fixed(n), "bench");
        new Batch(spec, new LocalExecutor(threads, timed), new StopSignal(), progress).runInto(dir);
        long t1 = System.nanoTime();
        if (!print) {
            return;
        }
        double total = (t1 - t0) / 1e9;
        double loop = (marks[1] - marks[0]) / 1e9;
        double inModel = modelNanos.get() / 1e9;
        System.out.printf(Locale.ROOT, "threads %d: %d replications, replication phase %.2f s (%.2f reps/s), "
                        + "whole batch %.2f s (%.2f reps/s); model time %.2f s (%.3f s per replication)%n",
                threads, n, loop, n / loop, total, n / total, inModel, inModel / n);
        System.out.printf(Locale.ROOT, "  outside the model: %.1f%% of the replication phase, %.1f%% of the whole batch"
                        + " (world building, tables, charts and report: %.2f s)%n",
                100 * (1 - inModel / (threads * loop)), 100 * (1 - inModel / (threads * total)), total - loop);
        double processCpu = (marks[3] - marks[2]) / 1e9;
        double modelCpu = modelCpuNanos.get() / 1e9;
        System.out.printf(Locale.ROOT, "  CPU time in the replication phase: process %.2f s, model %.2f s (%.4f s per "
                        + "replication): %.1f%% of the process's CPU outside the model (GC and JIT included)%n",
                processCpu, modelCpu, modelCpu / n, 100 * (1 - modelCpu / processCpu));
    }
}
