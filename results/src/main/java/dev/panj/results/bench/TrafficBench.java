package dev.panj.results.bench;

import dev.panj.sim.civil.Parties;
import dev.panj.sim.config.GreenFlowConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TrafficConfig;
import dev.panj.sim.detect.DetectionModel;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.model.Patrol;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The interacting workload: the {@code busy-border} scenario with a standing population of N green-border
 * parties on the move (spread over its flows in proportion to their parties a day, each at a uniformly drawn
 * point of its walk; the flows' own arrivals switched off so that the population is exactly the one seeded),
 * run for a few ticks. Every party-step moves the party along its path of the tick, checks it against every post,
 * sensor and patrol in range through the model's uniform grids, and draws its detection. The same workload is
 * then run as a plain MASON model ({@link MasonTraffic}) from a {@link TrafficTape} of the model's run.
 *
 * <p>The model's time is the wall time of its whole ticks (every phase: patrols, militants, alarms too, which
 * on this workload are a few microseconds a tick beside the parties); MASON's, that of its schedule's steps.
 * Neither includes building the population. Both are divided by the party-steps each counted (a party counts
 * once a tick in which it walked).
 */
public final class TrafficBench {
    private final ScenarioConfig config;
    private final TrafficConfig traffic;
    private final World world;
    private final int ticks;
    private final int repeats;

    /**
     * What one size cost. {@code heap*}: bytes of heap per party of the model and of the MASON model;
     * {@code inRange}: party-detector pairs in range during a tick, over a run (the interactions).
     */
    public record Measurement(int parties, double nsPerAgentStep, double masonNsPerAgentStep, double heapBytesPerAgent,
                              double masonHeapBytesPerAgent, long agentSteps, long masonAgentSteps, long sightings,
                              long masonSightings, long inRange) {
        public double ratio() {
            return masonNsPerAgentStep / nsPerAgentStep;
        }
    }

    public TrafficBench(ScenarioConfig busyBorder, GeoData geo, int ticks, int repeats) {
        this.traffic = busyBorder.traffic();
        this.config = withoutArrivals(busyBorder);
        this.world = WorldBuilder.build(config, geo);
        this.ticks = ticks;
        this.repeats = repeats;
    }

    /** Agent-steps each implementation runs untimed before a measurement: the JIT compiles the hot paths. */
    private static final long WARM_UP_STEPS = 2_000_000;
    /** Tests, which check counts and not times, may skip most of the warm-up. */
    long warmUpSteps = WARM_UP_STEPS;

    /**
     * Times both implementations at {@code parties}: untimed runs of each first (the JIT compiles the hot paths;
     * at least {@value #WARM_UP_STEPS} agent-steps), then the median of the timed runs.
     */
    public Measurement measure(int parties) {
        Recorded rec = record(parties);
        for (long warm = 0; warm < warmUpSteps; ) {
            BorderModel model = seeded(parties);
            runTicks(model, null);
            warm += model.greenBorderSteps();
            model.finish();
        }
        double[] ours = new double[repeats];
        long steps = 0;
        for (int r = 0; r < repeats; r++) {
            BorderModel model = seeded(parties);
            long s0 = model.greenBorderSteps();
            long t0 = System.nanoTime();
            runTicks(model, null);
            long elapsed = System.nanoTime() - t0;
            steps = model.greenBorderSteps() - s0;
            ours[r] = (double) elapsed / steps;
            model.finish();
        }
        for (long warm = 0; warm < warmUpSteps; ) {
            warm += MasonTraffic.run(rec.tape).agentSteps();
        }
        double[] mason = new double[repeats];
        MasonTraffic.Result m = null;
        for (int r = 0; r < repeats; r++) {
            m = MasonTraffic.run(rec.tape);
            mason[r] = (double) m.nanos() / m.agentSteps();
        }
        double heap = heapPerParty(parties);
        double masonHeap = MasonTraffic.heapPerAgent(rec.tape);
        return new Measurement(parties, median(ours), median(mason), heap, masonHeap, steps, m.agentSteps(),
                rec.sightings, m.sightings(), m.inRange());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** One timed run of the model alone at {@code parties} (no warm-up, no MASON): nanoseconds per party-step. */
    public double oursOnly(int parties) {
        BorderModel model = seeded(parties);
        long s0 = model.greenBorderSteps();
        long t0 = System.nanoTime();
        runTicks(model, null);
        long elapsed = System.nanoTime() - t0;
        double ns = (double) elapsed / (model.greenBorderSteps() - s0);
        model.finish();
        return ns;
    }

    /** A run of the model recorded for the MASON model, and the sightings it made. */
    public record Recorded(TrafficTape tape, long sightings) {
    }

    /**
     * Runs the model once at {@code parties} and records what the MASON model needs to run the same: the parties,
     * the detectors, the patrols' paths, the alert levels; and the sightings of parties it made.
     */
    public Recorded record(int parties) {
        BorderModel model = seeded(parties);
        long sightings0 = model.greenBorderSightings();
        Parties p = model.greenBorderParties();
        int n = p.size();
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        double[] departs = new double[n];
        double[] arrives = new double[n];
        int[] people = new int[n];
        int[] sector = new int[n];
        long[] key = new long[n];
        double[] stealth = new double[n];
        List<GreenFlowConfig> flows = config.traffic().flows();
        for (int i = 0; i < n; i++) {
            x0[i] = p.startX(i);
            y0[i] = p.startY(i);
            x1[i] = p.endX(i);
            y1[i] = p.endY(i);
            departs[i] = p.departs(i);
            arrives[i] = p.arrives(i);
            people[i] = p.people(i);
            sector[i] = p.sector(i);
            key[i] = p.key(i);
            // Families diverted to a ford (no flow of their own) have no stealth, as in the model.
            stealth[i] = p.flow(i) < flows.size() ? flows.get(p.flow(i)).stealth() : 0;
        }
        List<BorderSector> sectors = world.sectors();
        double[] cover = new double[sectors.size()];
        for (int s = 0; s < cover.length; s++) {
            cover[s] = sectors.get(s).cover();
        }
        List<Patrol> patrols = model.patrols();
        List<List<dev.panj.sim.detect.Track>> paths = new ArrayList<>();
        patrols.forEach(q -> paths.add(new ArrayList<>()));
        List<double[]> alerts = new ArrayList<>();
        double start = 0;
        long firstIndex = 0;
        runTicks(model, () -> {
            for (int k = 0; k < patrols.size(); k++) {
                paths.get(k).add(TrafficTape.copy(patrols.get(k).track()));
            }
            double[] a = new double[cover.length];
            for (int s = 0; s < a.length; s++) {
                a[s] = model.alertLevel(s);
            }
            alerts.add(a);
        });
        long sightings = model.greenBorderSightings() - sightings0;
        model.finish();
        List<TrafficTape.PatrolTape> pt = new ArrayList<>();
        for (int k = 0; k < patrols.size(); k++) {
            pt.add(new TrafficTape.PatrolTape(patrols.get(k).uid(), patrols.get(k).sensor(),
                    paths.get(k).toArray(new dev.panj.sim.detect.Track[0])));
        }
        TrafficTape tape = new TrafficTape(x0, y0, x1, y1, departs, arrives, people, sector, key, stealth, cover,
                alerts.toArray(new double[0][]), List.copyOf(model.fixedSensors()), pt,
                new DetectionModel(config.detection(), world.clock()), model.seed(), start, model.tick(), firstIndex,
                alerts.size());
        return new Recorded(tape, sightings);
    }

    private BorderModel seeded(int parties) {
        BorderModel model = new BorderModel(1, config, world, horizon());
        model.start();
        seed(model, traffic, parties);
        return model;
    }

    /** Past the last tick: the model must not stop before it. */
    private double horizon() {
        return (ticks + 1) * config.simulation().tick();
    }

    /** Spreads {@code parties} over the scenario's flows in proportion to their parties a day. */
    static void seed(BorderModel model, TrafficConfig traffic, int parties) {
        List<GreenFlowConfig> flows = traffic.flows();
        double total = 0;
        for (GreenFlowConfig f : flows) {
            total += f.peoplePerDay() / f.groupSize();
        }
        int left = parties;
        for (int k = 0; k < flows.size(); k++) {
            GreenFlowConfig f = flows.get(k);
            int n = k == flows.size() - 1 ? left : (int) Math.round(parties * (f.peoplePerDay() / f.groupSize()) / total);
            n = Math.min(n, left);
            if (n > 0) {
                model.seedGreenBorder(k, n, 1000 + k);
            }
            left -= n;
        }
    }

    /**
     * Steps the model through the bench's ticks, the first at time 0; {@code afterTick} (may be null) runs after
     * each tick. MASON steps all that is due at one time at once, the tick with the events due then.
     */
    private void runTicks(BorderModel model, Runnable afterTick) {
        double tick = model.tick();
        double last = (ticks - 1) * tick;
        double done = -1;
        while (model.schedule.step(model)) {
            double now = model.schedule.getTime();
            double k = now / tick;
            if (afterTick != null && Math.abs(k - Math.rint(k)) < 1e-9 && now > done) {
                done = now;
                afterTick.run();
            }
            if (now >= last - 1e-9) {
                break;
            }
        }
    }

    private double heapPerParty(int parties) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        BorderModel model = new BorderModel(1, config, world, horizon());
        model.start();
        long before = usedAfterGc(memory);
        seed(model, traffic, parties);
        long after = usedAfterGc(memory);
        double perParty = (double) (after - before) / parties;
        model.finish();
        return perParty;
    }

    static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * The scenario with every green-border flow's own arrivals switched off (a rate of 0 a day), so that the
     * parties on the move are exactly those the bench seeds (in proportion to the flows' real rates).
     */
    static ScenarioConfig withoutArrivals(ScenarioConfig c) {
        TrafficConfig t = c.traffic();
        if (t == null || t.flows().isEmpty()) {
            throw new IllegalArgumentException("scenario " + c.name() + " has no green-border traffic to seed");
        }
        List<GreenFlowConfig> flows = new ArrayList<>();
        for (GreenFlowConfig f : t.flows()) {
            flows.add(new GreenFlowConfig(f.kind(), f.sectors(), 0, f.groupSize(), f.monthly(), f.nightShare(),
                    f.depth(), f.walkSpeed(), f.stealth(), f.northToSouth()));
        }
        TrafficConfig quiet = new TrafficConfig(flows, t.classification(), t.investigators(), t.alarmQueue(),
                t.alarmPatience(), t.investigationTime(), t.exponentialInvestigation(), t.travel(), t.crowdShare(),
                t.crowdRecognition(), t.crowdSize(), t.crowdScreening());
        return new ScenarioConfig(c.name() + "-standing", c.description(), c.simulation(), c.geography(),
                c.terrains(), c.militants(), c.stagingAreas(), c.objectives(), c.arrivals(), c.posts(),
                c.sensorLines(), c.patrols(), c.reactionUnits(), c.commands(), c.detection(), c.engagement(),
                c.cooperation(), c.bilateralHelp(), c.csto(), c.sco(), c.civilians(), c.costs(), c.timeline(), quiet,
                c.verification());
    }
}
