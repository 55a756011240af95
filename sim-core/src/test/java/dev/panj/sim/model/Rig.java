package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.event.EventBus;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny hand-built world for testing one system alone: the {@link TestScenario} border (straight, 100 km
 * long unless changed, four 25 km sectors, TJK on the north side, AFG on the south), the run's context on a
 * real MASON schedule, and every event published kept in order. Phases run as a {@link Tick} scheduled at
 * the tick's start, so one-off events before it run first, as in a run.
 */
final class Rig {
    final ScenarioConfig config;
    final World world;
    final SimState state;
    final RunContext ctx;
    final TickClock clock;
    final List<ModelEvent> events = new ArrayList<>();

    private Rig(ScenarioConfig config, long seed, double horizon) {
        this.config = config;
        this.world = WorldBuilder.build(config, GeoData.empty());
        this.state = new SimState(seed);
        state.start();
        EventBus bus = new EventBus();
        bus.add(events::add);
        this.ctx = new RunContext(state, bus, config, world, horizon);
        this.clock = new TickClock(config.simulation().tick());
    }

    static Rig of(TestScenario s) {
        return new Rig(s.build(), 1, s.duration);
    }

    static Rig of(TestScenario s, long seed) {
        return new Rig(s.build(), seed, s.duration);
    }

    /** Runs every one-off event scheduled up to and including {@code time}. */
    void runUntil(double time) {
        if (state.schedule.getTime() >= time) {
            return;
        }
        state.schedule.scheduleOnce(time, Integer.MAX_VALUE, (Steppable) s -> { });
        while (state.schedule.getTime() < time && state.schedule.step(state)) {
            // the events up to time
        }
    }

    /** Runs the events before {@code start}, then the phases as the tick [start, start + tick]. */
    void tick(double start, Steppable... phases) {
        state.schedule.scheduleOnce(start, BorderModel.ORDER_TICK, new Tick(clock, ctx.horizon(), phases));
        runUntil(start);
    }

    /** Ticks from {@code from} up to {@code until} (exclusive), the events between them included. */
    void ticks(double from, double until, Steppable... phases) {
        for (double t = from; t < until - 1e-9; t += clock.length()) {
            tick(t, phases);
        }
    }

    <T extends ModelEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A group of one organisation, no stealth, skill 1, crossing uniformly within [from, to] of the primary border. */
    static GroupConfig groupConfig(int size, double from, double to) {
        return new GroupConfig("org", Intent.INCURSION, "objective", size, size, 0, 1, SectorChoice.UNIFORM, from, to,
                Double.NaN, List.of(), null);
    }

    /** The route of a group from {@code staging} across the primary border at {@code chainage} to {@code objective}. */
    Route route(double chainage, Point staging, Point objective) {
        RoutePlanner planner = new RoutePlanner(world, config.militants(),
                new SectorChooser(world, config.militants(), new PerceivedRisk(world.sectors().size(), 1, 240)),
                id -> null);
        return planner.plan(groupConfig(1, chainage, chainage), staging, objective, 0, () -> 0.5);
    }

    /** A group of {@code size} at 4 km/h from (c, -4.5) across the border at c to (c, 10). */
    MilitantGroup group(long uid, int size, double chainage) {
        return group(uid, size, route(chainage, new Point(chainage, -4.5), new Point(chainage, 10)), null);
    }

    MilitantGroup group(long uid, int size, Route route, String viaCrossing) {
        return new MilitantGroup(uid, "G" + uid, "org", Intent.INCURSION, size, 0, 1, 4, route, viaCrossing, world);
    }
}
