package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import java.util.List;

/**
 * Koopman's random search (analytic-limits.md 1.2): n searchers of sweep width W = 2gR moving randomly at speed
 * v over an area A find a stationary target by time t with P = 1 − exp(−n·W·v·t/A). The model has no stationary
 * targets, so the case realises one as slow crossers walking through a random patrol zone of length L and depth
 * D: each is exposed for t = D/u over A = L·D. The crossers must be slow (u ≤ v/10); their motion is accounted
 * for exactly by Koopman's mean relative speed v̄(u, v) in place of v (analytic-limits.md 1.3), which at u = v/10
 * raises v by 0.25 %.
 */
final class RandomSearchLaw implements Law {
    /** The stationary-target law applies to crossers at most this share of the searchers' speed. */
    private static final double SLOW = 0.1;

    @Override
    public List<String> required() {
        return List.of("range", "searcherSpeed", "time", "length", "depth");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        double u = p.depth() / p.time();
        double w = 2 * LawParameters.probabilityOrOne(p) * p.range();
        double relative = MeanRelativeSpeed.of(u, p.searcherSpeed());
        return List.of(Expectation.share("P(detected)",
                RandomSearch.probability(p.searchers(), w, relative, p.time(), p.length() * p.depth())));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        LawParametersConfig p = context.parameters();
        Crossers crossers = Crossers.of(context.config());
        ProblemList problems = new ProblemList();
        double[] range = crossers.uniformRange(problems);
        RandomPatrolZone zone = RandomPatrolZone.of(context.config(), problems);
        if (zone != null) {
            problems.addAll(zone.problems(context, crossers, range));
        }
        double u = p.depth() / p.time();
        problems.require(u <= SLOW * p.searcherSpeed() * (1 + 1e-9), "crossers exposed for t over a depth D walk at "
                + "u = D/t = " + ProblemList.number(u) + " km/h, not slow against v = "
                + ProblemList.number(p.searcherSpeed()) + " km/h; the stationary-target law needs u ≤ v/10 "
                + "(use random-barrier-patrol for fast crossers)");
        BarrierPatrolLaw.crosserSpeeds(crossers, "depth / time", u, problems);
        if (!Double.isNaN(p.targetSpeed())) {
            problems.same("the law's targetSpeed", p.targetSpeed(), "depth / time", u, " km/h");
        }
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return DetectionObserver.share(context);
    }
}
