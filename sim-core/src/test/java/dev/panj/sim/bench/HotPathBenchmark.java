package dev.panj.sim.bench;

import dev.panj.sim.civil.Walkers;
import dev.panj.sim.detect.Exposure;
import dev.panj.sim.detect.Track;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The model's innermost loops: moving walking families, and the exact exposure of a mover to a fixed sensor
 * and to a patrol. Run with {@code mvn -P bench -pl sim-core verify}; figures are per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class HotPathBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int families;

    private Walkers walkers;
    private final Track group = new Track();
    private final Track patrol = new Track();
    private final Exposure exposure = new Exposure();
    private double t;

    @Setup(Level.Iteration)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        walkers = new Walkers();
        for (int i = 0; i < families; i++) {
            // Far enough that nobody arrives during an iteration: the steady state of a mass exodus.
            walkers.add(rng.nextDouble(-50, 50), rng.nextDouble(-50, 50), 1e6, 0, 3, 0, 0, 1, i);
        }
        group.begin(0, -1, 0.3);
        group.lineTo(0.25, 0.2, 0.3);
        patrol.begin(0, 0, -1);
        patrol.lineTo(0.1, 0, 0);
        patrol.lineTo(0.25, 1.5, 0);
        t = 0;
    }

    /** One tick of walking for every family; divide by {@link #families} for the cost per agent-step. */
    @Benchmark
    public long walkersTick() {
        walkers.move(t, 0.25, (c, p, k, time) -> { });
        t += 0.25;
        return walkers.steps();
    }

    @Benchmark
    public void exposureToFixedSensor(Blackhole bh) {
        bh.consume(exposure.against(group, 0, 0, 0.5).intervals());
    }

    @Benchmark
    public void exposureToPatrol(Blackhole bh) {
        bh.consume(exposure.between(group, patrol, 1.0).intervals());
    }
}
