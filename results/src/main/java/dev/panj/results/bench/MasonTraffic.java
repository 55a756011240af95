package dev.panj.results.bench;

import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.detect.Exposure;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.detect.Track;
import dev.panj.sim.random.KeyedRandom;
import dev.panj.sim.random.RandomStreams;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.field.continuous.Continuous2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The busy-border workload written as a plain MASON model, the way the MASON manual teaches: every party is an
 * agent object, a {@link Steppable} scheduled repeating on the {@link sim.engine.Schedule}, its position kept in a
 * {@link Continuous2D}; the detectors (fixed sensors, and patrols re-placed every tick) live in another
 * {@code Continuous2D}, and each agent finds those that may see it with {@code getNeighborsWithinDistance}. What
 * an agent does once found near a detector is exactly what the model's green-border system does (the same exact
 * in-range geometry, the same detection law, the same keyed draws), so both count the same sightings: only the
 * data layout and the neighbour search differ. It replays a {@link TrafficTape} recorded from the model.
 */
public final class MasonTraffic extends SimState {
    private static final long serialVersionUID = 1L;
    /** The purposes of the draws, as the model's green-border system names them. */
    static final long PURPOSE_GLIMPSE = RandomStreams.key("green-glimpse");
    static final long PURPOSE_PATROL = RandomStreams.key("green-patrol-pass");

    private final transient TrafficTape tape;
    private final transient KeyedRandom keyed;
    private transient Continuous2D detectors;
    private transient Continuous2D people;
    private final double maxRange;
    private final double patrolReach;
    private long steps;
    private long sightings;
    /** Detectors the neighbour searches returned, and party-detector pairs in range during a tick. */
    private long candidates;
    private long inRange;
    /** Scratch of the agent being stepped (MASON steps one agent at a time here): a path and its exposure. */
    private final transient Track path = new Track();
    private final transient Exposure exposure = new Exposure();

    /** What a run cost and found. */
    public record Result(long agentSteps, long sightings, long nanos, long candidates, long inRange) {
    }

    public MasonTraffic(TrafficTape tape) {
        super(tape.seed());
        this.tape = tape;
        this.keyed = new KeyedRandom(tape.seed());
        double r = 0;
        for (FixedSensor s : tape.fixed()) {
            r = Math.max(r, s.sensor().range());
        }
        for (TrafficTape.PatrolTape p : tape.patrols()) {
            r = Math.max(r, p.sensor().range());
        }
        this.maxRange = r;
        // How far a patrol's path of a tick strays from where it is filed (its box's centre): half the box's diagonal.
        double reach = 0;
        double[] b = new double[4];
        for (TrafficTape.PatrolTape p : tape.patrols()) {
            for (Track t : p.paths()) {
                t.bounds(b);
                reach = Math.max(reach, Math.hypot(b[2] - b[0], b[3] - b[1]) / 2);
            }
        }
        this.patrolReach = reach;
    }

    /** Heap bytes per agent of the MASON model built from {@code tape} (agents, fields, schedule), after GC. */
    public static double heapPerAgent(TrafficTape tape) {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        MasonTraffic m = new MasonTraffic(tape);
        m.start();
        long after = usedAfterGc(memory);
        double per = (double) (after - before) / Math.max(1, tape.parties());
        m.finish();
        return per;
    }

    /**
     * Builds the fields and agents, then runs the tape's ticks; the time is that of the ticks only (as the model's
     * is), not of building the agents.
     */
    public static Result run(TrafficTape tape) {
        MasonTraffic m = new MasonTraffic(tape);
        m.start();
        double last = tape.start() + (tape.ticks() - 1) * tape.tick();
        long t0 = System.nanoTime();
        // Each step: the patrols move (ordering 0), then every agent steps (ordering 1), once a tick.
        while (m.schedule.step(m) && m.schedule.getTime() < last - 1e-9) {
            // next tick
        }
        long nanos = System.nanoTime() - t0;
        m.finish();
        return new Result(m.steps, m.sightings, nanos, m.candidates, m.inRange);
    }

    @Override
    public void start() {
        super.start();
        double cell = Math.max(5, 2 * maxRange);
        double w = 0;
        double h = 0;
        for (int i = 0; i < tape.parties(); i++) {
            w = Math.max(w, Math.max(tape.x0()[i], tape.x1()[i]));
            h = Math.max(h, Math.max(tape.y0()[i], tape.y1()[i]));
        }
        // Continuous2D has no negative coordinates to speak of: bounds only size its hash, objects may lie anywhere.
        detectors = new Continuous2D(cell, Math.max(w, 1), Math.max(h, 1));
        people = new Continuous2D(cell, Math.max(w, 1), Math.max(h, 1));
        for (FixedSensor s : tape.fixed()) {
            detectors.setObjectLocation(new Fixed(s), new Double2D(s.position().x(), s.position().y()));
        }
        for (TrafficTape.PatrolTape p : tape.patrols()) {
            Moving m = new Moving(p);
            schedule.scheduleRepeating(tape.start(), 0, m, tape.tick());
        }
        for (int i = 0; i < tape.parties(); i++) {
            Party a = new Party(tape, i);
            people.setObjectLocation(a, new Double2D(tape.x0()[i], tape.y0()[i]));
            a.stopper = schedule.scheduleRepeating(tape.start(), 1, a, tape.tick());
        }
    }

    private long tickIndex(double time) {
        return tape.firstIndex() + Math.round((time - tape.start()) / tape.tick());
    }

    /** A fixed detector in the detectors' field. */
    private record Fixed(FixedSensor sensor) {
    }

    /** A patrol in the detectors' field: it moves to its recorded path of each tick (ordering 0, before the agents). */
    private final class Moving implements Steppable {
        private static final long serialVersionUID = 1L;
        final TrafficTape.PatrolTape tape;
        Track path;

        Moving(TrafficTape.PatrolTape tape) {
            this.tape = tape;
        }

        @Override
        public void step(SimState state) {
            int k = (int) (tickIndex(state.schedule.getTime()) - MasonTraffic.this.tape.firstIndex());
            path = tape.paths()[Math.min(k, tape.paths().length - 1)];
            double[] b = new double[4];
            path.bounds(b);
            detectors.setObjectLocation(this, new Double2D((b[0] + b[2]) / 2, (b[1] + b[3]) / 2));
        }
    }

    /** One party: a MASON agent with its own fields, walking a straight line across the border. */
    private final class Party implements Steppable {
        private static final long serialVersionUID = 1L;
        final double x0;
        final double y0;
        final double x1;
        final double y1;
        final double departs;
        final double arrives;
        final int size;
        final int sector;
        final long key;
        final double stealth;
        Stoppable stopper;
        double a;
        double b;
        double ax;
        double ay;
        double bx;
        double by;
        boolean fresh;
        long tick;

        Party(TrafficTape t, int i) {
            x0 = t.x0()[i];
            y0 = t.y0()[i];
            x1 = t.x1()[i];
            y1 = t.y1()[i];
            departs = t.departs()[i];
            arrives = t.arrives()[i];
            size = t.people()[i];
            sector = t.sector()[i];
            key = t.key()[i];
            stealth = t.stealth()[i];
        }

        private double fraction(double time) {
            double span = arrives - departs;
            if (time <= departs || span <= 0) {
                return time <= departs ? 0 : 1;
            }
            return Math.min(1, (time - departs) / span);
        }

        @Override
        public void step(SimState state) {
            double t0 = state.schedule.getTime();
            double t1 = t0 + tape.tick();
            tick = tickIndex(t0);
            a = Math.max(t0, departs);
            b = Math.min(t1, arrives);
            if (a < b) {
                steps++;
                fresh = departs >= t0;
                double f = fraction(a);
                ax = x0 + (x1 - x0) * f;
                ay = y0 + (y1 - y0) * f;
                f = fraction(b);
                bx = x0 + (x1 - x0) * f;
                by = y0 + (y1 - y0) * f;
                Double2D mid = new Double2D((ax + bx) / 2, (ay + by) / 2);
                people.setObjectLocation(this, new Double2D(bx, by));
                double half = Math.hypot(bx - ax, by - ay) / 2;
                Bag near = detectors.getNeighborsWithinDistance(mid, half + maxRange + patrolReach);
                candidates += near.numObjs;
                for (int k = 0; k < near.numObjs; k++) {
                    Object o = near.objs[k];
                    if (o instanceof Fixed f2) {
                        fixed(f2.sensor());
                    } else {
                        patrol((Moving) o);
                    }
                }
            }
            if (arrives <= t1) {
                // Across: off the schedule and out of the field, as the model retires it at the end of the tick.
                stopper.stop();
                people.remove(this);
            }
        }

        private void fixed(FixedSensor d) {
            SensorConfig s = d.sensor();
            double r = s.range();
            double px = d.position().x();
            double py = d.position().y();
            double wx = bx - ax;
            double wy = by - ay;
            double dx = ax - px;
            double dy = ay - py;
            double qa = wx * wx + wy * wy;
            double qc = dx * dx + dy * dy - r * r;
            double u0;
            if (qa < 1e-18) {
                if (qc > 0) {
                    return;
                }
                inRange++;
                u0 = 0;
            } else {
                double qb = 2 * (dx * wx + dy * wy);
                double disc = qb * qb - 4 * qa * qc;
                if (disc < 0) {
                    return;
                }
                double sq = Math.sqrt(disc);
                u0 = Math.max(0, (-qb - sq) / (2 * qa));
                double u1 = Math.min(1, (-qb + sq) / (2 * qa));
                if (u1 < u0) {
                    return;
                }
                inRange++;
                if (s.model() == SensorModel.GLIMPSE_RATE) {
                    glimpse(d.uid(), s, a + u0 * (b - a), (u1 - u0) * (b - a));
                    return;
                }
            }
            if (s.model() == SensorModel.GLIMPSE_RATE) {
                glimpse(d.uid(), s, a, b - a);
                return;
            }
            if (u0 <= 0 && !fresh) {
                return;
            }
            pass(d.uid(), s, a + u0 * (b - a), 0);
        }

        private void patrol(Moving m) {
            SensorConfig s = m.tape.sensor();
            path.begin(a, ax, ay);
            path.lineTo(b, bx, by);
            exposure.between(path, m.path, s.range());
            int n = exposure.intervals();
            if (n == 0) {
                return;
            }
            inRange++;
            if (s.model() == SensorModel.GLIMPSE_RATE) {
                glimpse(m.tape.uid(), s, exposure.start(0), exposure.totalTime());
                return;
            }
            for (int k = 0; k < n; k++) {
                if (k == 0 && !fresh && exposure.start(0) <= a + 1e-9) {
                    continue;
                }
                pass(m.tape.uid(), s, exposure.start(k), (tick << 8) ^ k ^ PURPOSE_PATROL);
            }
        }

        private double conditions(SensorConfig s, double when) {
            int k = (int) (tick - tape.firstIndex());
            return tape.law().conditions(s, when, tape.cover()[sector], stealth, tape.alerts()[k][sector]);
        }

        private void pass(long uid, SensorConfig s, double when, long passKey) {
            double p = tape.law().probability(s, conditions(s, when), size, 0);
            if (p > 0 && keyed.uniform(key, uid, passKey) < p) {
                sightings++;
            }
        }

        private void glimpse(long uid, SensorConfig s, double from, double inRange) {
            double rate = s.glimpseRate() * conditions(s, from) * tape.law().sizeFactor(size);
            double u = keyed.uniform(key, uid ^ PURPOSE_GLIMPSE, tick);
            if (rate > 0 && u < 1 - Math.exp(-rate * inRange)) {
                sightings++;
            }
        }
    }

    static long usedAfterGc(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
