package dev.panj.results.bench;

import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * A scaling scenario resized: the built-in {@code scale-*} scenarios differ only in the number of people in
 * their exodus, so any size is the template with its mass crossing's head count replaced.
 */
final class ScaleLoad {
    private ScaleLoad() {
    }

    static ScenarioConfig withPeople(ScenarioConfig template, int people) {
        List<TimelineEventConfig> timeline = new ArrayList<>();
        boolean found = false;
        for (TimelineEventConfig e : template.timeline()) {
            MassCrossingConfig m = e.massCrossing();
            if (m != null && !found) {
                found = true;
                m = new MassCrossingConfig(m.crossings(), people, m.groupSize(), m.window(), m.origin(),
                        m.originRadius(), m.walkSpeed());
                e = new TimelineEventConfig(e.at(), e.label(), null, m, null, null, null, null, null);
            }
            timeline.add(e);
        }
        if (!found) {
            throw new IllegalArgumentException("scenario " + template.name() + " has no mass crossing to resize");
        }
        ScenarioConfig c = template;
        return new ScenarioConfig(c.name() + "-" + people, c.description(), c.simulation(), c.geography(),
                c.terrains(), c.militants(), c.stagingAreas(), c.objectives(), c.arrivals(), c.posts(), c.sensorLines(),
                c.patrols(), c.reactionUnits(), c.commands(), c.detection(), c.engagement(), c.cooperation(),
                c.bilateralHelp(), c.csto(), c.sco(), c.civilians(), c.costs(), timeline, c.traffic(), c.verification());
    }
}
