package dev.panj.results.bench;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.metrics.TimeSeries;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

/**
 * Measures the model at a scale: whole replications of the scaling scenario timed end to end and divided by
 * the agent-steps the model counted (every patrol, group and unit once a tick, every walking family once a
 * tick), then one more run stopped at the hour when most people are on the move, to weigh the heap.
 */
public final class ScalingBench {
    private final ScenarioConfig template;
    private final GeoData geo;
    private final int repeats;

    public ScalingBench(ScenarioConfig template, GeoData geo, int repeats) {
        this.template = template;
        this.geo = geo;
        this.repeats = repeats;
    }

    public ScalingMeasurement measure(int people) {
        ScenarioConfig config = ScaleLoad.withPeople(template, people);
        World world = WorldBuilder.build(config, geo);
        double hours = config.simulation().duration();
        // One untimed run first: the JIT compiles the hot paths, so the timed runs measure the model, not the compiler.
        BorderModel warm = new BorderModel(1, config, world, hours);
        warm.start();
        runTo(warm, hours);
        warm.finish();
        double[] ns = new double[repeats];
        long steps = 0;
        double seconds = 0;
        RunResult last = null;
        for (int r = 0; r < repeats; r++) {
            BorderModel model = new BorderModel(1, config, world, hours);
            long t0 = System.nanoTime();
            model.start();
            runTo(model, hours);
            long elapsed = System.nanoTime() - t0;
            last = model.result();
            model.finish();
            steps = model.agentSteps();
            ns[r] = (double) elapsed / steps;
            seconds += elapsed / 1e9;
        }
        Arrays.sort(ns);
        double peakHour = peakHour(last.timeSeries());
        double[] heap = heapAt(config, world, hours, peakHour);
        return new ScalingMeasurement(people, ns[repeats / 2], heap[0], (long) heap[1], steps, seconds / repeats);
    }

    private static void runTo(BorderModel model, double until) {
        do {
            if (!model.schedule.step(model)) {
                break;
            }
        } while (model.schedule.getTime() < until - 1e-9);
    }

    /** The hour with the most people walking (the exodus's peak), from a finished run's time series. */
    private static double peakHour(TimeSeries ts) {
        int col = ts.column("civilians_walking");
        double best = -1;
        double hour = 0;
        for (double[] row : ts.rows()) {
            if (row[col] > best) {
                best = row[col];
                hour = row[0];
            }
        }
        return hour;
    }

    /** Heap bytes per moving agent at {@code hour}, and the number of such agents: {bytes, agents}. */
    private static double[] heapAt(ScenarioConfig config, World world, double hours, double hour) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        BorderModel model = new BorderModel(1, config, world, hours);
        long before = usedAfterGc(memory);
        model.start();
        runTo(model, Math.max(hour, 1e-9));
        long after = usedAfterGc(memory);
        long agents = model.walkers().walking() + model.groups().size() + model.patrols().size() + model.units().size();
        model.finish();
        return new double[] {agents == 0 ? Double.NaN : (double) (after - before) / agents, agents};
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
