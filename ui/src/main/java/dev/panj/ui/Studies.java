package dev.panj.ui;

import dev.panj.results.decide.Candidate;
import dev.panj.results.decide.MetricEstimate;
import dev.panj.results.decide.Optimization;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyLever;
import dev.panj.scenarios.StudyLoader;
import dev.panj.scenarios.StudyObjective;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Finding and loading a study for {@code optimize} and {@code robust}, and the front as console text. */
final class Studies {
    private Studies() {
    }

    /** A study file, or a built-in study by name ({@code studies/NAME.yaml} in the scenarios jar). */
    static Study load(String nameOrPath) throws UserError {
        try {
            Path path = Path.of(nameOrPath);
            if (!Files.exists(path) && StudyLoader.builtIn(nameOrPath) != null) {
                return StudyLoader.parse(StudyLoader.builtIn(nameOrPath), "studies/" + nameOrPath + ".yaml", null);
            }
            return StudyLoader.load(path);
        } catch (ScenarioException e) {
            throw new UserError("study " + nameOrPath + " has " + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ":\n" + e.report());
        }
    }

    static String frontTable(Optimization.Outcome o) {
        StringBuilder b = new StringBuilder();
        List<String> levers = o.study().levers().stream().map(StudyLever::name).toList();
        b.append("Pareto front (").append(o.front().size()).append(" arrangements):\n");
        for (Candidate c : o.front()) {
            b.append("  ").append(c.describe(levers)).append(" →");
            for (StudyObjective ob : o.study().objectives()) {
                MetricEstimate e = c.estimates().get(ob.metric());
                b.append(String.format(Locale.ROOT, " %s %.4g ± %.2g", ob.metric(), e.mean(), e.halfWidth()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String robustTable(dev.panj.results.decide.Robustness.Outcome o) {
        StringBuilder b = new StringBuilder();
        List<StudyObjective> obs = o.study().objectives();
        b.append(String.format(Locale.ROOT, "%-8s", "policy"));
        for (StudyObjective ob : obs) {
            b.append(String.format(Locale.ROOT, " | %s: mean, %s, max regret, P90 regret", ob.metric(),
                    ob.maximize() ? "P10" : "P90"));
        }
        b.append(" | satisficing share (95% CI)\n");
        for (dev.panj.results.decide.Robustness.PolicyResult p : o.policies()) {
            b.append(String.format(Locale.ROOT, "%-8s", p.policy().name()));
            for (dev.panj.results.decide.Robustness.ObjectiveStats s : p.objectives()) {
                b.append(String.format(Locale.ROOT, " | %.4g, %.4g, %.4g, %.4g", s.mean(), s.worstDecile(),
                        s.maxRegret(), s.p90Regret()));
            }
            b.append(String.format(Locale.ROOT, " | %.0f%% (%.0f%% to %.0f%%)%n", 100 * p.share(), 100 * p.shareLow(),
                    100 * p.shareHigh()));
        }
        for (String f : dev.panj.results.decide.RobustWriter.findings(o)) {
            b.append("  ").append(f).append('\n');
        }
        return b.toString();
    }
}
