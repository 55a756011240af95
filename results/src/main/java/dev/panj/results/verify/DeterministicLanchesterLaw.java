package dev.panj.results.verify;

import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ScenarioConfig;
import java.util.List;

/**
 * The square law in the model's deterministic mode (analytic-limits.md 2.1): the winner's strength when the
 * loser falls to its breakpoint share (0: annihilation), and the time that takes, in closed form.
 */
final class DeterministicLanchesterLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("securityStrength", "militantStrength", "securityEffectiveness", "militantEffectiveness");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        SquareLaw.Outcome outcome = outcome(context.parameters());
        String winner = outcome.securityWins() ? "security" : "militant";
        String end = context.parameters().breakpoint() == 0 ? "annihilation" : "breakpoint";
        return List.of(Expectation.mean(winner + " survivors", outcome.survivors()),
                Expectation.mean("time to " + end + " (h)", outcome.time()));
    }

    private static SquareLaw.Outcome outcome(LawParametersConfig p) {
        return SquareLaw.outcome(p.securityStrength(), p.militantStrength(), p.securityEffectiveness(),
                p.militantEffectiveness(), p.breakpoint());
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        ProblemList problems = new ProblemList().addAll(EngagementSetUp.problems(context, EngagementMode.DETERMINISTIC));
        SquareLaw.Outcome outcome = outcome(p);
        double unitBreak = c.reactionUnits().isEmpty() ? Double.NaN : c.reactionUnits().get(0).breakpoint();
        double militantBreak = c.militants().breakpoint();
        double loserBreak = outcome.securityWins() ? militantBreak : unitBreak;
        double winnerBreak = outcome.securityWins() ? unitBreak : militantBreak;
        double winnerShare = outcome.survivors()
                / (outcome.securityWins() ? p.securityStrength() : p.militantStrength());
        problems.same("the loser's breakpoint (" + (outcome.securityWins() ? "militants.breakpoint"
                        : "the reaction unit's breakpoint") + ")", loserBreak, "breakpoint", p.breakpoint(), "")
                .require(!(winnerBreak >= winnerShare), "the winner's breakpoint " + ProblemList.number(winnerBreak)
                        + " would stop the fight first: the law's winner is left with a share "
                        + ProblemList.number(winnerShare) + " of its strength")
                .require(c.engagement().maxDuration() > outcome.time(), "engagement.maxDuration ("
                        + ProblemList.number(c.engagement().maxDuration()) + " h) ends the fight before the law's "
                        + ProblemList.number(outcome.time()) + " h");
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        LawParametersConfig p = context.parameters();
        boolean securityWins = outcome(p).securityWins();
        return new EngagementObserver(p.securityStrength(), p.militantStrength(), 2, fight -> new double[] {
            securityWins ? fight.end().securityRemaining() : fight.end().militantsRemaining(), fight.duration()});
    }
}
