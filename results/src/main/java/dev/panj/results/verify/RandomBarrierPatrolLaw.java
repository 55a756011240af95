package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import java.util.List;

/**
 * Random patrol of a barrier zone (analytic-limits.md 1.4c): n patrols moving on random legs at speed v in a
 * zone of length L, with sweep width W = 2gR, detect a crosser walking through the zone's depth at speed u with
 * P = 1 − exp(−n·W·v̄(u, v)/(u·L)). The formula is the limit of long legs (meanLeg ≫ W) and well-mixed tracks;
 * the case's tolerance states how far finite legs may fall short.
 */
final class RandomBarrierPatrolLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("range", "searcherSpeed", "targetSpeed", "length");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        double w = 2 * LawParameters.probabilityOrOne(p) * p.range();
        return List.of(Expectation.share("P(detected)",
                RandomSearch.barrierZone(p.searchers(), w, p.searcherSpeed(), p.targetSpeed(), p.length())));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        Crossers crossers = Crossers.of(context.config());
        ProblemList problems = new ProblemList();
        double[] range = crossers.uniformRange(problems);
        RandomPatrolZone zone = RandomPatrolZone.of(context.config(), problems);
        if (zone != null) {
            problems.addAll(zone.problems(context, crossers, range));
        }
        BarrierPatrolLaw.crosserSpeeds(crossers, "targetSpeed", context.parameters().targetSpeed(), problems);
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return DetectionObserver.share(context);
    }
}
