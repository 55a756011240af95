package dev.panj.ui.gui;

import dev.panj.sim.model.BorderModel;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One clock for one or two border models: the state MASON's Console plays. Each step of this state advances
 * every model to the same time, through all of the model's own events up to it, so that a comparison's two
 * runs are always shown at the same simulated moment. Steps fall on every tick of the finer model and on every
 * whole hour (the charts sample hours, {@code --frames} draws them), and the map redraws once per step: the
 * one-off events between ticks (reports, decisions, civilians reaching a crossing by the thousand) move
 * nothing on the map.
 *
 * <p>A model is stepped exactly as {@code Simulation.run} steps it, so that a run shown here ends with the same
 * figures as the same scenario and seed run headless; this class only adds, when a model has no event of its own
 * at a step's time, an empty one after all of the model's orderings, so that the model stops there.
 */
final class LockstepRuns extends SimState {
    private static final long serialVersionUID = 1L;
    private static final double EPS = 1e-9;
    private static final Steppable NOTHING = s -> { };

    private final transient List<BorderModel> runs;
    private final double tick;

    /** @param runs the models, built and not yet started, all on {@code seed} */
    LockstepRuns(long seed, List<BorderModel> runs) {
        super(seed);
        if (runs.isEmpty() || runs.size() > 2) {
            throw new IllegalArgumentException("one or two runs, not " + runs.size());
        }
        this.runs = List.copyOf(runs);
        this.tick = runs.stream().mapToDouble(BorderModel::tick).min().orElseThrow();
    }

    List<BorderModel> runs() {
        return runs;
    }

    /** Hours between steps (at most; whole hours come in between). */
    double tick() {
        return tick;
    }

    @Override
    public void start() {
        super.start();
        for (BorderModel m : runs) {
            m.start();
        }
        schedule.scheduleOnce(0, new Advance());
    }

    @Override
    public void finish() {
        for (BorderModel m : runs) {
            m.finish();
        }
        super.finish();
    }

    /** Schedule steps the models took so far, together. */
    long modelSteps() {
        return runs.stream().mapToLong(m -> m.schedule.getSteps()).sum();
    }

    /** The time of the step after {@code t}: the next tick or the next whole hour, whichever comes first. */
    static double next(double t, double tick) {
        double nextTick = (Math.floor(t / tick + EPS) + 1) * tick;
        double nextHour = Math.floor(t + EPS) + 1;
        return Math.min(nextTick, nextHour);
    }

    /** Runs {@code model}'s events up to and including time {@code t}, and no later one. */
    static void advance(BorderModel model, double t) {
        Schedule s = model.schedule;
        if (s.getTime() < t - EPS) {
            s.scheduleOnce(t, Integer.MAX_VALUE, NOTHING);
        }
        while (s.getTime() < t - EPS) {
            if (!s.step(model)) {
                break;
            }
        }
    }

    private final class Advance implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            double now = schedule.getTime();
            for (BorderModel m : runs) {
                advance(m, now);
            }
            schedule.scheduleOnce(next(now, tick), this);
        }
    }
}
