package dev.panj.sim.model;

import dev.panj.sim.Simulation;
import dev.panj.sim.TestScenario;
import dev.panj.sim.civil.Party;
import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.random.KeyedSequence;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.KeyedRandom;
import ec.util.MersenneTwisterFast;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Screening, engagement and a whole small replication: the parts of a run besides movement.
 * Run with {@code mvn -P bench -pl sim-core verify}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class EngineBenchmark {
    private ScenarioConfig detectionRun;
    private World world;
    private ReactionUnitConfig unitConfig;

    @Setup
    public void setUp() {
        TestScenario s = new TestScenario();
        s.duration = 48;
        s.sensorLine(0, 100, 2, TestScenario.cookieCutter(0.5, 0.8));
        s.patrol(PatrolPattern.RANDOM, 0, 100, 20, TestScenario.cookieCutter(1, 0.6));
        s.unit(30, 60, 0.2, 0.3).unit(70, 60, 0.2, 0.3);
        s.wave(200, 0, 0.1, TestScenario.group(6, SectorChoice.UTILITY, Double.NaN, Double.NaN));
        detectionRun = s.build();
        world = WorldBuilder.build(detectionRun, GeoData.empty());
        unitConfig = detectionRun.reactionUnits().get(0);
    }

    /** A 48-hour replication with 200 groups, sensors, a patrol and two units. */
    @Benchmark
    public double replication() {
        return Simulation.run(detectionRun, GeoData.empty(), 1, 48).metric("militants_detected");
    }

    /** 1,000 people through a 4-officer queue, events ordered by a plain deque standing in for the schedule. */
    @Benchmark
    public long screening1000() {
        ArrayDeque<Runnable> pending = new ArrayDeque<>();
        OfficialCrossingConfig c = new OfficialCrossingConfig("bcp", LocationConfig.atChainage(0, 0), "TJK", 4, 6,
                0.7, 0.01, 1_000_000, 8, true);
        ScreeningPoint sp = new ScreeningPoint(c, new Point(0, 0), new MersenneTwisterFast(1), new KeyedRandom(1), 0,
                (time, action) -> pending.add(action), o -> { });
        for (int i = 0; i < 1000; i++) {
            sp.arrive(new Party(i, 1, false, false), i * 0.05);
        }
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
        return sp.served();
    }

    /** The model's own stochastic engagement, 100 soldiers against 150 militants fought to the end. */
    @Benchmark
    public double stochasticEngagement() {
        MilitantGroup g = new MilitantGroup(1, "g", "org", Intent.INCURSION, 150, 0, 1, 4, new Route(
                new Point[] {new Point(0, -5), new Point(0, -3), new Point(0, 0), new Point(0, 3), new Point(0, 10)},
                new BorderSector[] {world.sectors().get(0)}, new double[] {1}, "AFG", new String[] {"TJK"}, 0), null,
                world);
        ReactionUnit u = new ReactionUnit(unitConfig, new Point(0, 10), world);
        Engagement e = new Engagement(g, u, 0.1, 0.05, 0, 0, EngagementMode.STOCHASTIC, 0, 1e6,
                new KeyedSequence(new KeyedRandom(3), 1, 2));
        e.advance(1e6);
        return e.militants();
    }
}
