package dev.panj.results.experiment;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.metrics.SectorStats;
import dev.panj.sim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A replication runner that is not the model: every metric is a number drawn from the replication's seed, so
 * tests can know each replication's values, and it throws for chosen indices. It runs in microseconds.
 */
final class SyntheticRunner implements ReplicationRunner {
    static final int HOURS = 3;
    private final List<Integer> failing;

    SyntheticRunner(List<Integer> failing) {
        this.failing = List.copyOf(failing);
    }

    @Override
    public RunResult run(Replication replication) {
        if (failing.contains(replication.index())) {
            throw new IllegalStateException("boom in replication " + replication.index() + ",\nsecond line");
        }
        return result(replication.seed());
    }

    /** The value every metric has in the replication with this seed. */
    static double value(long seed) {
        return new SplittableRandom(seed).nextInt(100);
    }

    static RunResult result(long seed) {
        double v = value(seed);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String name : MetricNames.ALL) {
            metrics.put(name, name.endsWith("_rate") || name.endsWith("_share") ? v / 100 : v);
        }
        List<double[]> rows = new ArrayList<>();
        for (int h = 0; h <= HOURS; h++) {
            rows.add(new double[] {h, v * h, v * h / 2});
        }
        TimeSeries series = new TimeSeries(List.of("hour", "militants_crossed", "militants_leaked"), rows);
        List<SectorStats> sectors = List.of(
                new SectorStats("S1", 0, 0, 25, TerrainClass.values()[0], 2, 1, 10, 1, 1, 5),
                new SectorStats("S2", 1, 25, 50, TerrainClass.values()[0], (long) v % 3, 0, 0, 0, 0, 0));
        return new RunResult("synthetic", seed, HOURS, metrics, series, sectors);
    }
}
