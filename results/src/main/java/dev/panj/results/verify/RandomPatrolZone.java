package dev.panj.results.verify;

import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ScenarioConfig;
import java.util.List;

/**
 * The set-up shared by the random-search laws: n random patrols in one zone (chainage from–to, offset 0 to
 * depth), crossers walking straight through it, away from the zone's ends by at least the range so that every
 * crosser sees the same density of patrols.
 */
record RandomPatrolZone(PatrolConfig patrol, int searchers) {

    /** The zone of the scenario's patrols, or null (with problems) when they are not one random zone. */
    static RandomPatrolZone of(ScenarioConfig c, ProblemList problems) {
        problems.require(!c.patrols().isEmpty() && c.sensorLines().isEmpty() && c.posts().isEmpty(),
                "the scenario must have random patrols and no fixed sensors");
        if (c.patrols().isEmpty()) {
            return null;
        }
        PatrolConfig first = c.patrols().get(0);
        int searchers = 0;
        for (PatrolConfig p : c.patrols()) {
            boolean same = p.pattern() == PatrolPattern.RANDOM && p.from() == first.from() && p.to() == first.to()
                    && p.depth() == first.depth() && p.speed() == first.speed() && p.kind() == first.kind()
                    && p.sensor().equals(first.sensor());
            if (!same) {
                problems.require(false, "every patrol must have pattern: random and the same zone, speed and sensor");
                return null;
            }
            searchers += p.count();
        }
        return new RandomPatrolZone(first, searchers);
    }

    /** Cross-checks the zone against the parameters every random-search law shares. */
    List<String> problems(CaseContext context, Crossers crossers, double[] range) {
        ProblemList problems = new ProblemList();
        var p = context.parameters();
        String name = "patrol '" + patrol.id() + "'";
        problems.same("the number of random patrols", searchers, "searchers", p.searchers(), "")
                .same("the range of " + name, patrol.sensor().range(), "range", p.range(), " km")
                .same("the probability of " + name, patrol.sensor().probability(), "probability",
                        LawParameters.probabilityOrOne(p), "")
                .same("the speed of " + name, BarrierPatrolLaw.speed(patrol, context.world()), "searcherSpeed",
                        p.searcherSpeed(), " km/h")
                .same("the zone length (to − from) of " + name, patrol.to() - patrol.from(), "length", p.length(), " km");
        if (!Double.isNaN(p.depth())) {
            problems.same("the depth of " + name, patrol.depth(), "depth", p.depth(), " km");
        }
        double r = patrol.sensor().range();
        if (range != null) {
            problems.require(range[0] >= patrol.from() + r - 1e-9 && range[1] <= patrol.to() - r + 1e-9,
                    "crossers must cross at least the range (" + ProblemList.number(r) + " km) inside the zone's ends, "
                            + "on [" + ProblemList.number(patrol.from() + r) + ", " + ProblemList.number(patrol.to() - r)
                            + "] km, where the patrols' density is the same all round; they cross on ["
                            + ProblemList.number(range[0]) + ", " + ProblemList.number(range[1]) + "] km");
        }
        problems.addAll(DetectionSetUp.problems(context, crossers, range, -r, patrol.depth() + r, true));
        return problems.list();
    }

    /** W = 2gR. */
    double sweepWidth() {
        return 2 * patrol.sensor().probability() * patrol.sensor().range();
    }
}
