package dev.panj.sim.model;

import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.civil.Walkers;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.event.EventBus;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.metrics.MetricsCollector;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.Schedule;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.List;

/**
 * The border model as a MASON {@link SimState}: {@link #start()} deploys the scenario's forces, assembles the
 * systems and puts them on the schedule. Every movement tick is a {@link Tick}, a MASON {@code Sequence} of
 * phases in a fixed order: patrols move, civilians walk, groups move, detection, inland sightings, reaction
 * units move and make contact, combat, track loss, dispatch, finished groups retire. Arrivals, reports,
 * decisions, screenings and timeline actions are one-off events at their exact times, before the hourly
 * snapshot and the tick that start at the same time ({@code docs/ARCHITECTURE.md} draws the whole hour).
 */
public final class BorderModel extends SimState {
    private static final long serialVersionUID = 1L;
    /** One-off events: arrivals, reports, decisions, screenings, timeline actions. */
    static final int ORDER_EVENTS = 0;
    /** Hourly snapshots come after every event of their hour and before the tick that starts then. */
    static final int ORDER_SNAPSHOT = 1;
    static final int ORDER_TICK = 2;

    private final transient ScenarioConfig config;
    private final transient World world;
    private final double tick;
    private final double horizon;
    private final transient List<EventListener> listeners = new ArrayList<>();

    private long fullSeed;
    private transient MetricsCollector metrics;
    private transient SectorAlerts alerts;
    private transient Militants militants;
    private transient Deployment deployment;
    private transient Coalition coalition;
    private transient CivilianFlows civilians;
    private transient PatrolMovement patrolMovement;
    private transient GroupMovement groupMovement;
    private transient UnitMovement unitMovement;
    private transient Combat combat;
    private transient CostAccount costs;
    private transient GreenBorder greenBorder;
    private long greenBorderSightings;
    private transient AlarmDesk alarms;

    /**
     * @param horizon hours after which the model stops ticking and scheduling arrivals
     */
    public BorderModel(long seed, ScenarioConfig config, World world, double horizon) {
        super(RandomStreams.generator(seed), new Schedule());
        this.fullSeed = seed;
        this.config = config;
        this.world = world;
        this.tick = config.simulation().tick();
        this.horizon = horizon;
    }

    /**
     * The run's seed, all 64 bits. MASON's own {@code seed()} keeps only the low 32 bits (seeds 1 and 2^32 + 1 would
     * be the same run), so the model keeps the seed itself; every random source of the run derives from it.
     */
    @Override
    public long seed() {
        return fullSeed;
    }

    /** MASON's Console sets a new seed this way: kept whole, and MASON's generator derived from all of it. */
    @Override
    public void setSeed(long seed) {
        fullSeed = seed;
        random = RandomStreams.generator(seed);
    }

    /** Adds a listener that receives every event of the next run; call before {@link #start()}. */
    public void addListener(EventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        super.start();
        greenBorderSightings = 0;
        EventBus bus = new EventBus();
        metrics = new MetricsCollector(world.sectors());
        bus.add(metrics);
        listeners.forEach(bus::add);
        ModelContext ctx = new RunContext(this, bus, config, world, horizon);
        MilitantsConfig mc = config.militants();
        PerceivedRisk risk = new PerceivedRisk(world.sectors().size(), mc.riskIncrement(), mc.riskHalfLife());
        bus.add(risk);
        alerts = new SectorAlerts(world.sectors().size());
        TickClock clock = new TickClock(tick);
        militants = new Militants();
        deployment = Deployment.of(ctx);
        Forces forces = deployment.forces();
        costs = new CostAccount(config, deployment, horizon);
        bus.add(costs);
        coalition = new Coalition(ctx, forces);
        civilians = new CivilianFlows(ctx, clock, (crossing, country, at, distance, people, key) ->
                greenBorder.ford(crossing, country, at, distance, people, key));
        SectorChooser chooser = new SectorChooser(world, mc, risk);
        ThreatSource threats = new ThreatSource(ctx, militants, new RoutePlanner(world, mc, chooser, civilians),
                new EarlyWarning(ctx, alerts, chooser));
        Dispatch dispatch = new Dispatch(ctx, clock, forces);
        Reporting reporting = new Reporting(ctx, forces, coalition, dispatch);
        combat = new Combat(ctx, clock, forces, new CivilianHarm(ctx, civilians.walkers(), civilians.points()));
        patrolMovement = new PatrolMovement(deployment.patrols(), clock);
        groupMovement = new GroupMovement(ctx, clock, militants, civilians, new Consequences(ctx));
        unitMovement = new UnitMovement(ctx, clock, forces, combat);
        alarms = new AlarmDesk(ctx, forces, reporting, config.traffic());
        greenBorder = new GreenBorder(ctx, clock, deployment.sensors(), deployment.maxRange(), deployment.patrols(),
                alerts, (d, people, x, y, time, party, pass) -> {
                    greenBorderSightings++;
                    alarms.sighted(d, people, x, y, time, party, pass);
                });

        civilians.begin();
        threats.begin();
        new Timeline(ctx, threats, civilians, coalition, forces).begin();
        schedule.scheduleRepeating(0, ORDER_SNAPSHOT, new MetricsSnapshot(ctx, metrics, militants, forces,
                () -> combat.engagements().size(), civilians), 1.0);
        schedule.scheduleRepeating(0, ORDER_TICK, new Tick(clock, horizon,
                patrolMovement,
                civilians,
                groupMovement,
                greenBorder,
                new Detection(ctx, clock, militants, deployment.sensors(), deployment.maxRange(),
                        deployment.patrols(), alerts, reporting, new PostDefence(deployment.posts(), combat), alarms),
                new InlandSightings(ctx, clock, militants, forces, reporting),
                unitMovement,
                combat,
                new TrackLoss(ctx, clock, forces),
                dispatch,
                alarms,
                militants), tick);
    }

    /** The run's result, as of the horizon. */
    public RunResult result() {
        return metrics.result(config.name(), seed(), horizon, new MetricsCollector.Closing(
                deployment.forces().outstandingHours(horizon), civilians.total(horizon), coalition.cstoActivatedAt(),
                costs.total()));
    }

    /** Agents on the move now: patrols, groups, reaction units and walking people (for progress displays). */
    public long movingAgents() {
        return civilians.walkers().walking() + militants.all().size() + deployment.patrols().size()
                + deployment.forces().units().size();
    }

    public double tick() {
        return tick;
    }

    /**
     * Agent-steps so far: every patrol, group and reaction unit once a tick, and every family once for each
     * tick in which it walked. The denominator of the performance figures.
     */
    public long agentSteps() {
        return patrolMovement.steps() + groupMovement.steps() + unitMovement.steps() + civilians.walkers().steps();
    }

    /** Group-steps so far: every militant group on the move once a tick (a part of {@link #agentSteps()}). */
    public long groupSteps() {
        return groupMovement.steps();
    }

    /**
     * Party-steps of the green-border civilians so far (issue 17): a party counts once for each tick in which it
     * walked and was checked against the detectors near it. These are interacting agent-steps.
     */
    public long greenBorderSteps() {
        return greenBorder.steps();
    }

    /** Sightings of green-border parties so far, before classification (whatever became of them). */
    public long greenBorderSightings() {
        return greenBorderSightings;
    }

    /**
     * Puts {@code parties} parties of the scenario's green-border flow {@code flow} (from 0) on the move now, each
     * at a uniformly drawn point of its walk, from a generator seeded with {@code seed}: a standing population for
     * benchmarks at a given agent count. Call after {@link #start()}; the flow must exist in {@code traffic.flows}.
     */
    public void seedGreenBorder(int flow, int parties, long seed) {
        greenBorder.seed(flow, parties, seed);
    }

    /** The green-border parties on the move (flat arrays: read by index; see {@link #greenBorderKind}). */
    public dev.panj.sim.civil.Parties greenBorderParties() {
        return greenBorder.parties();
    }

    /** The kind of people of green-border flow {@code flow} (a party's {@code flow(i)}). */
    public dev.panj.sim.config.CivilianKind greenBorderKind(int flow) {
        return greenBorder.kind(flow);
    }

    /** Units out investigating alarms now. */
    public int unitsInvestigating() {
        return alarms.investigating();
    }

    public double horizon() {
        return horizon;
    }

    public ScenarioConfig config() {
        return config;
    }

    public World world() {
        return world;
    }

    /** The militant groups on the move (with those that finished during the last tick). */
    public List<MilitantGroup> groups() {
        return List.copyOf(militants.all());
    }

    public List<Patrol> patrols() {
        return deployment.patrols();
    }

    public List<FixedSensor> fixedSensors() {
        return deployment.sensors();
    }

    /** The border posts' garrisons (strength left, whether fighting). */
    public List<BorderPost> posts() {
        return deployment.posts();
    }

    public List<ReactionUnit> units() {
        return List.copyOf(deployment.forces().units());
    }

    public List<Engagement> engagements() {
        return List.copyOf(combat.engagements());
    }

    /** Families walking to official crossings (flat arrays: read positions by index). */
    public Walkers walkers() {
        return civilians.walkers();
    }

    /** The official crossings with their screening queues. */
    public List<ScreeningPoint> screeningPoints() {
        return civilians.points();
    }

    /** The alert multiplier of a sector now (SCO warnings). */
    public double alertLevel(int sector) {
        return alerts.level(sector, schedule.getTime());
    }
}
