package dev.panj.results.bench;

import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.WaveConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a militant group costs a step: the scaling scenario with its exodus cut to one person and its militant
 * waves multiplied, once by a factor F and once by 4F. The marginal cost of a group-step is the difference of
 * the two replications' wall times (from {@code start()} to the horizon) over the difference of their group-steps
 * ({@link BorderModel#groupSteps()}): what the run's fixed costs (building the forces, 48 hours of patrols, units,
 * snapshots) would otherwise add cancels. It is the cost of moving a group and of everything its moves cause:
 * detection by every sensor and patrol near its path, reports, dispatches and fights.
 */
public final class GroupStepBench {
    private final ScenarioConfig config;
    private final ScenarioConfig more;
    private final World world;
    private final int repeats;

    /** @param waveFactor how many times each of the template's waves is multiplied (and 4 times as many) */
    public GroupStepBench(ScenarioConfig template, GeoData geo, int waveFactor, int repeats) {
        this.config = multiplyWaves(template, waveFactor);
        this.more = multiplyWaves(template, 4 * waveFactor);
        this.world = WorldBuilder.build(config, geo);
        this.repeats = repeats;
    }

    /** Group-steps run untimed first, so that the JIT has compiled the hot paths. */
    private static final long WARM_UP_STEPS = 1_000_000;

    /**
     * Median marginal nanoseconds per group-step over the timed pairs of runs, after untimed runs of at least
     * {@value #WARM_UP_STEPS} group-steps; and the group-steps of the larger run.
     */
    public double[] measure() {
        double hours = config.simulation().duration();
        for (long warm = 0; warm < WARM_UP_STEPS; ) {
            warm += run(more, hours);
        }
        double[] ns = new double[repeats];
        long steps = 0;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            long few = run(config, hours);
            long t1 = System.nanoTime();
            steps = run(more, hours);
            long t2 = System.nanoTime();
            ns[r] = (double) ((t2 - t1) - (t1 - t0)) / (steps - few);
        }
        Arrays.sort(ns);
        return new double[] {ns[repeats / 2], steps};
    }

    private long run(ScenarioConfig config, double hours) {
        BorderModel model = new BorderModel(1, config, world, hours);
        model.start();
        do {
            if (!model.schedule.step(model)) {
                break;
            }
        } while (model.schedule.getTime() < hours - 1e-9);
        model.finish();
        return model.groupSteps();
    }

    static ScenarioConfig multiplyWaves(ScenarioConfig template, int factor) {
        List<TimelineEventConfig> timeline = new ArrayList<>();
        int waves = 0;
        for (TimelineEventConfig e : template.timeline()) {
            WaveConfig w = e.wave();
            MassCrossingConfig m = e.massCrossing();
            if (w != null) {
                waves++;
                w = new WaveConfig(w.stagingArea(), w.groups() * factor, w.interval() / factor, w.group());
                e = new TimelineEventConfig(e.at(), e.label(), w, null, null, null, null, null, null);
            } else if (m != null) {
                m = new MassCrossingConfig(m.crossings(), 1, m.groupSize(), m.window(), m.origin(),
                        m.originRadius(), m.walkSpeed());
                e = new TimelineEventConfig(e.at(), e.label(), null, m, null, null, null, null, null);
            }
            timeline.add(e);
        }
        if (waves == 0) {
            throw new IllegalArgumentException("scenario " + template.name() + " has no militant wave to multiply");
        }
        ScenarioConfig c = template;
        return new ScenarioConfig(c.name() + "-groups-x" + factor, c.description(), c.simulation(), c.geography(),
                c.terrains(), c.militants(), c.stagingAreas(), c.objectives(), c.arrivals(), c.posts(),
                c.sensorLines(), c.patrols(), c.reactionUnits(), c.commands(), c.detection(), c.engagement(),
                c.cooperation(), c.bilateralHelp(), c.csto(), c.sco(), c.civilians(), c.costs(), timeline, c.traffic(), c.verification());
    }
}
