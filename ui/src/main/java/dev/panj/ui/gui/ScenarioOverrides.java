package dev.panj.ui.gui;

import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorLineConfig;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the Model tab changes in a scenario before a run, as multipliers on the scenario's own values:
 * arrival rates, every detector's range and report delay, and the reaction units' mobilisation delays and
 * speeds. The scenario itself is never modified; {@link #apply} returns a changed copy.
 */
record ScenarioOverrides(double arrivalRate, double detectionRange, double reportDelay, double mobilisationDelay,
                         double unitSpeed) {
    static final ScenarioOverrides NONE = new ScenarioOverrides(1, 1, 1, 1, 1);

    ScenarioOverrides {
        positive("arrival rate", arrivalRate, true);
        positive("detection range", detectionRange, false);
        positive("report delay", reportDelay, true);
        positive("mobilisation delay", mobilisationDelay, true);
        positive("unit speed", unitSpeed, false);
    }

    private static void positive(String what, double m, boolean zeroAllowed) {
        if (!(m > 0 || zeroAllowed && m == 0) || Double.isInfinite(m)) {
            throw new IllegalArgumentException(what + " multiplier must be " + (zeroAllowed ? "0 or more" : "positive")
                    + ", but was " + m);
        }
    }

    ScenarioConfig apply(ScenarioConfig c) {
        if (equals(NONE)) {
            return c;
        }
        ScenarioConfig out = c;
        out = RecordCopy.with(out, "arrivals", map(c.arrivals(), a -> RecordCopy.with(a, "rate", a.rate() * arrivalRate)));
        out = RecordCopy.with(out, "posts", map(c.posts(), this::post));
        out = RecordCopy.with(out, "sensorLines", map(c.sensorLines(), this::sensorLine));
        out = RecordCopy.with(out, "patrols", map(c.patrols(), this::patrol));
        out = RecordCopy.with(out, "reactionUnits", map(c.reactionUnits(), this::unit));
        return out;
    }

    private BorderPostConfig post(BorderPostConfig p) {
        BorderPostConfig out = RecordCopy.with(p, "sensor", sensor(p.sensor()));
        return RecordCopy.with(out, "reportDelay", p.reportDelay() * reportDelay);
    }

    private SensorLineConfig sensorLine(SensorLineConfig l) {
        SensorLineConfig out = RecordCopy.with(l, "sensor", sensor(l.sensor()));
        return RecordCopy.with(out, "reportDelay", l.reportDelay() * reportDelay);
    }

    private PatrolConfig patrol(PatrolConfig p) {
        PatrolConfig out = RecordCopy.with(p, "sensor", sensor(p.sensor()));
        return RecordCopy.with(out, "reportDelay", p.reportDelay() * reportDelay);
    }

    private SensorConfig sensor(SensorConfig s) {
        return RecordCopy.with(s, "range", s.range() * detectionRange);
    }

    private ReactionUnitConfig unit(ReactionUnitConfig u) {
        ReactionUnitConfig out = RecordCopy.with(u, "mobilisationDelay", u.mobilisationDelay() * mobilisationDelay);
        return RecordCopy.with(out, "speed", u.speed() * unitSpeed);
    }

    private static <T> List<T> map(List<T> items, UnaryOperator<T> f) {
        return items.stream().map(f).toList();
    }
}
