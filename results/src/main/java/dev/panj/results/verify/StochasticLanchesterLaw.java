package dev.panj.results.verify;

import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.EngagementOutcome;
import java.util.List;

/**
 * The square law in the model's stochastic mode (analytic-limits.md 2.3): the security force's win probability,
 * its mean survivors and the mean duration, exact by dynamic programming over the Markov chain's states. Both
 * sides break at the law's breakpoint share.
 */
final class StochasticLanchesterLaw implements Law {
    /** maxDuration must exceed the mean duration this many times, so that no fight is cut short in practice. */
    private static final double DURATION_MARGIN = 20;

    @Override
    public List<String> required() {
        return List.of("securityStrength", "militantStrength", "securityEffectiveness", "militantEffectiveness");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        MarkovSquareLaw.Outcome outcome = outcome(context.parameters());
        return List.of(Expectation.share("P(security wins)", outcome.securityWins()),
                Expectation.mean("security survivors", outcome.meanSecurityLeft()),
                Expectation.mean("duration (h)", outcome.meanDuration()));
    }

    private static MarkovSquareLaw.Outcome outcome(LawParametersConfig p) {
        if (p.securityStrength() != Math.rint(p.securityStrength())
                || p.militantStrength() != Math.rint(p.militantStrength())) {
            throw new IllegalArgumentException("the Markov chain needs whole strengths; the law's are "
                    + ProblemList.number(p.securityStrength()) + " and " + ProblemList.number(p.militantStrength()));
        }
        return MarkovSquareLaw.outcome((int) p.securityStrength(), (int) p.militantStrength(),
                p.securityEffectiveness(), p.militantEffectiveness(), p.breakpoint(), p.breakpoint());
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        ProblemList problems = new ProblemList().addAll(EngagementSetUp.problems(context, EngagementMode.STOCHASTIC));
        if (!c.reactionUnits().isEmpty()) {
            problems.same("the reaction unit's breakpoint", c.reactionUnits().get(0).breakpoint(), "breakpoint",
                    p.breakpoint(), "");
        }
        problems.same("militants.breakpoint", c.militants().breakpoint(), "breakpoint", p.breakpoint(), "");
        try {
            double mean = outcome(p).meanDuration();
            problems.require(c.engagement().maxDuration() >= DURATION_MARGIN * mean, "engagement.maxDuration ("
                    + ProblemList.number(c.engagement().maxDuration()) + " h) could cut fights short: make it at least "
                    + ProblemList.number(DURATION_MARGIN) + " times the mean duration "
                    + ProblemList.number(mean) + " h");
        } catch (IllegalArgumentException e) {
            problems.require(false, e.getMessage());
        }
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        LawParametersConfig p = context.parameters();
        return new EngagementObserver(p.securityStrength(), p.militantStrength(), 3, fight -> new double[] {
            fight.end().outcome() == EngagementOutcome.MILITANTS_BROKEN ? 1 : 0,
            fight.end().securityRemaining(), fight.duration()});
    }
}
