package dev.panj.results.verify;

import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.world.World;
import java.util.List;

/**
 * The back-and-forth barrier patrol (analytic-limits.md 1.4b): one patrol running along a barrier of length L
 * at speed v with a definite-range sensor (W = 2R, g = 1), crossers walking perpendicularly through it at speed
 * u at a uniform point: P = P₀(1 − P₀/4) with P₀ = W·√(u² + v²)/(u·L).
 */
final class BarrierPatrolLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("range", "searcherSpeed", "targetSpeed", "length");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        return List.of(Expectation.share("P(detected)",
                BarrierPatrol.probability(2 * p.range(), p.targetSpeed(), p.searcherSpeed(), p.length())));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        Crossers crossers = Crossers.of(c);
        ProblemList problems = new ProblemList();
        double[] range = crossers.uniformRange(problems);
        problems.require(LawParameters.probabilityOrOne(p) == 1, "the back-and-forth result holds for g = 1 only; "
                + "the law's probability is " + ProblemList.number(p.probability()));
        problems.require(c.patrols().size() == 1 && c.sensorLines().isEmpty() && c.posts().isEmpty(),
                "the scenario must have exactly one patrol and no fixed sensors");
        double reachLow = 0;
        double reachHigh = 0;
        if (c.patrols().size() == 1) {
            PatrolConfig patrol = c.patrols().get(0);
            String name = "patrol '" + patrol.id() + "'";
            problems.require(patrol.pattern() == PatrolPattern.BARRIER, name + " must have pattern: barrier")
                    .same("the count of " + name, patrol.count(), "searchers", 1, "")
                    .same("the range of " + name, patrol.sensor().range(), "range", p.range(), " km")
                    .same("the probability of " + name, patrol.sensor().probability(), "probability", 1, "")
                    .same("the speed of " + name, speed(patrol, context.world()), "searcherSpeed", p.searcherSpeed(), " km/h")
                    .same("the stretch (to − from) of " + name, patrol.to() - patrol.from(), "length", p.length(), " km");
            if (range != null) {
                problems.require(ProblemList.equal(range[0], patrol.from()) && ProblemList.equal(range[1], patrol.to()),
                        "crossers must cross uniformly over the patrol's stretch [" + ProblemList.number(patrol.from())
                                + ", " + ProblemList.number(patrol.to()) + "] km, not [" + ProblemList.number(range[0])
                                + ", " + ProblemList.number(range[1]) + "] km");
            }
            reachLow = patrol.offset() - patrol.sensor().range();
            reachHigh = patrol.offset() + patrol.sensor().range();
        }
        crosserSpeeds(crossers, "targetSpeed", p.targetSpeed(), problems);
        return problems.addAll(DetectionSetUp.problems(context, crossers, range, reachLow, reachHigh,
                reachLow < 0 && reachHigh > 0)).list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return DetectionObserver.share(context);
    }

    /** A patrol's speed as the model moves it: ground patrols slowed by the terrain of the middle of their stretch. */
    static double speed(PatrolConfig patrol, World world) {
        if (patrol.kind().airborne()) {
            return patrol.speed();
        }
        double mid = (patrol.from() + Math.min(patrol.to(), world.primary().line().length())) / 2;
        return patrol.speed() * world.terrain().of(world.primary().sectorAt(mid).terrain()).speedFactor();
    }

    /** Every crosser walks at the law's target speed u (the law's {@code parameter}). */
    static void crosserSpeeds(Crossers crossers, String parameter, double targetSpeed, ProblemList problems) {
        for (GroupConfig g : crossers.groups()) {
            problems.same("a crossing group's speed", crossers.speed(g), parameter, targetSpeed, " km/h");
        }
    }
}
