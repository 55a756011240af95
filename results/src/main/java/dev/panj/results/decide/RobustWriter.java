package dev.panj.results.decide;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.DecisionCharts;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.report.PageTable;
import dev.panj.results.report.Templates;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyObjective;
import dev.panj.scenarios.StudyUncertainty;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricCatalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what {@code panj robust} found: {@code robustness.csv} (per policy and objective: mean, 10% worst case,
 * maximum and 90th-percentile regret; satisficing share with its interval), {@code outcomes.csv} (every policy in
 * every future), {@code futures.csv}, {@code prim.csv} (each failing policy's box) and {@code prim-trajectory.csv},
 * the charts and {@code report.html}.
 */
public final class RobustWriter {
    private RobustWriter() {
    }

    public static void write(Robustness.Outcome o, DecisionFolder folder) throws IOException {
        Study study = o.study();
        folder.text("study.yaml", study.text());
        List<String> h = new ArrayList<>(List.of("policy", "objective", "direction", "mean", "worst_decile",
                "max_regret", "p90_regret", "satisficing_share", "share_ci_low", "share_ci_high", "policy_levers"));
        List<List<String>> rows = new ArrayList<>();
        for (Robustness.PolicyResult p : o.policies()) {
            for (int j = 0; j < study.objectives().size(); j++) {
                StudyObjective ob = study.objectives().get(j);
                Robustness.ObjectiveStats s = p.objectives().get(j);
                rows.add(List.of(p.policy().name(), ob.metric(), ob.maximize() ? "maximize" : "minimize", n(s.mean()),
                        n(s.worstDecile()), n(s.maxRegret()), n(s.p90Regret()), n(p.share()), n(p.shareLow()),
                        n(p.shareHigh()), p.policy().describe()));
            }
        }
        folder.csv("robustness.csv", h, rows);
        List<String> fh = new ArrayList<>(List.of("future"));
        study.uncertainties().forEach(u -> fh.add(u.name()));
        List<List<String>> fr = new ArrayList<>();
        for (int f = 0; f < o.futures().size(); f++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(f)));
            o.futures().get(f).forEach(s -> row.add(s.text()));
            fr.add(row);
        }
        folder.csv("futures.csv", fh, fr);
        List<String> oh = new ArrayList<>(List.of("policy", "future"));
        study.objectives().forEach(ob -> oh.add(ob.metric()));
        oh.add("satisfied");
        List<List<String>> or = new ArrayList<>();
        for (Robustness.PolicyResult p : o.policies()) {
            for (int f = 0; f < o.futures().size(); f++) {
                List<String> row = new ArrayList<>(List.of(p.policy().name(), Integer.toString(f)));
                boolean ok = true;
                for (int j = 0; j < study.objectives().size(); j++) {
                    row.add(n(p.values()[f][j]));
                    ok &= study.objectives().get(j).satisfied(p.values()[f][j]);
                }
                row.add(Boolean.toString(ok));
                or.add(row);
            }
        }
        folder.csv("outcomes.csv", oh, or);
        List<StudyUncertainty> numeric = study.uncertainties().stream().filter(StudyUncertainty::numeric).toList();
        List<List<String>> prim = new ArrayList<>();
        List<List<String>> trajectory = new ArrayList<>();
        for (Robustness.PolicyResult p : o.policies()) {
            if (p.prim() == null) {
                continue;
            }
            Prim.Box b = p.prim().box();
            for (int d = 0; d < numeric.size(); d++) {
                prim.add(List.of(p.policy().name(), numeric.get(d).name(), b.low()[d] == Double.NEGATIVE_INFINITY ? ""
                        : n(b.low()[d]), b.high()[d] == Double.POSITIVE_INFINITY ? "" : n(b.high()[d]),
                        n(p.prim().pValues()[d]), n(b.coverage()), n(b.density()), Integer.toString(b.support())));
            }
            for (int i = 0; i < p.prim().trajectory().size(); i++) {
                Prim.Box t = p.prim().trajectory().get(i);
                trajectory.add(List.of(p.policy().name(), Integer.toString(i), n(t.coverage()), n(t.density()),
                        Integer.toString(t.support()), Boolean.toString(i == p.prim().chosen())));
            }
        }
        folder.csv("prim.csv", List.of("policy", "uncertainty", "low", "high", "p_value", "coverage", "density",
                "support"), prim);
        folder.csv("prim-trajectory.csv", List.of("policy", "step", "coverage", "density", "support", "chosen"),
                trajectory);
        List<RenderedChart> charts = new ArrayList<>();
        for (Robustness.PolicyResult p : o.policies()) {
            if (p.prim() == null) {
                continue;
            }
            List<Prim.Box> t = p.prim().trajectory();
            double[] cov = t.stream().mapToDouble(Prim.Box::coverage).toArray();
            double[] den = t.stream().mapToDouble(Prim.Box::density).toArray();
            String name = "prim-" + p.policy().name().replaceAll("[^A-Za-z0-9_.-]", "-");
            charts.add(ChartFiles.write(folder.charts(), new Chart(name, "PRIM's peeling trajectory for "
                    + p.policy().name() + ": each point a box of futures, the share of all failures it holds (coverage) "
                    + "against the share of its futures that fail (density); red: the box chosen.",
                    "Coverage–density trade-off of " + p.policy().name() + "; chosen box coverage "
                            + n2(p.prim().box().coverage()) + ", density " + n2(p.prim().box().density()) + ".",
                    DecisionCharts.line("Where " + p.policy().name() + " fails: coverage–density trade-off",
                            "coverage", "density", cov, den, p.prim().chosen()), 700, 420)));
        }
        folder.text("report.html", Templates.render("decision.jte", page(o, charts)));
        folder.manifest("complete");
    }

    private static DecisionPage page(Robustness.Outcome o, List<RenderedChart> charts) {
        Study study = o.study();
        String lead = study.name() + " · " + o.policies().size() + " policies · " + o.futures().size() + " futures "
                + "(maximin Latin hypercube over " + String.join(", ", study.uncertainties().stream()
                .map(StudyUncertainty::name).toList()) + ") · " + o.replications() + " replications each, future i on "
                + "the same seeds for every policy · seed " + o.seed() + " · panj " + Version.current();
        List<String> findings = findings(o);
        List<PageTable> tables = List.of(table(o));
        List<String> notes = List.of(
                "Futures: " + String.join("; ", study.uncertainties().stream().map(u -> u.name() + " " + u.describe())
                        .toList()) + " (futures.csv).",
                "Worst decile: the 10th percentile of a maximised objective's values over the futures (the 90th of a "
                        + "minimised one). Regret: how much worse the policy is than the best of the policies tested "
                        + "in the same future; its maximum and 90th percentile over the futures.",
                "Satisficing: a future in which the policy's mean meets every objective's threshold ("
                        + String.join(", ", study.objectives().stream().filter(ob -> !Double.isNaN(ob.threshold()))
                        .map(ob -> ob.metric() + (ob.maximize() ? " ≥ " : " ≤ ") + n(ob.threshold())).toList())
                        + "); the share's interval is Wilson's 95% score interval.",
                "Scenario discovery: PRIM (Friedman and Fisher 1999; peeling 5% at a time to 5% support, then pasting) "
                        + "on the futures in which the policy fails; the chosen box maximises the harmonic mean of "
                        + "coverage and density; each limit's p-value is a one-sided hypergeometric test against the "
                        + "box without that limit (prim.csv, prim-trajectory.csv).");
        return new DecisionPage("Panj robust: " + study.name(), lead, findings, tables, charts, notes);
    }

    public static List<String> findings(Robustness.Outcome o) {
        Study study = o.study();
        List<String> out = new ArrayList<>();
        Robustness.PolicyResult mostSatisficing = o.policies().stream()
                .max((a, b) -> Double.compare(a.share(), b.share())).orElse(null);
        if (mostSatisficing != null) {
            out.add(mostSatisficing.policy().name() + " meets every threshold in the most futures: "
                    + mostSatisficing.satisfied() + " of " + o.futures().size() + " (" + pct(mostSatisficing.share())
                    + ", 95% CI " + pct(mostSatisficing.shareLow()) + " to " + pct(mostSatisficing.shareHigh()) + ").");
        }
        for (int j = 0; j < study.objectives().size(); j++) {
            int jj = j;
            Robustness.PolicyResult least = o.policies().stream().min((a, b) -> Double.compare(
                    a.objectives().get(jj).maxRegret(), b.objectives().get(jj).maxRegret())).orElse(null);
            if (least != null) {
                out.add("Least maximum regret in " + label(study.objectives().get(j).metric()) + ": "
                        + least.policy().name() + " (" + n2(least.objectives().get(j).maxRegret()) + ").");
            }
        }
        for (Robustness.PolicyResult p : o.policies()) {
            if (p.prim() != null) {
                out.add(primText(p, study));
            } else if (p.satisfied() == o.futures().size()) {
                out.add(p.policy().name() + " meets every threshold in every future tested.");
            } else if (p.satisfied() == 0) {
                out.add(p.policy().name() + " meets the thresholds in none of the futures tested.");
            }
        }
        return out;
    }

    /** "P fails when threat-groups exceeds 14 and csto-delay exceeds 96 h (coverage 0.9, density 0.95)". */
    static String primText(Robustness.PolicyResult p, Study study) {
        List<StudyUncertainty> numeric = study.uncertainties().stream().filter(StudyUncertainty::numeric).toList();
        Prim.Box b = p.prim().box();
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < numeric.size(); d++) {
            if (!b.restricts(d)) {
                continue;
            }
            StudyUncertainty u = numeric.get(d);
            String limit;
            if (b.low()[d] > Double.NEGATIVE_INFINITY && b.high()[d] < Double.POSITIVE_INFINITY) {
                limit = u.name() + " is between " + u.parameter().format(b.low()[d]) + " and "
                        + u.parameter().format(b.high()[d]);
            } else if (b.low()[d] > Double.NEGATIVE_INFINITY) {
                limit = u.name() + " is at least " + u.parameter().format(b.low()[d]);
            } else {
                limit = u.name() + " is at most " + u.parameter().format(b.high()[d]);
            }
            double pv = p.prim().pValues()[d];
            parts.add(limit + " (p " + (pv < 0.001 ? "< 0.001" : n2(pv)) + (pv > 0.05 ? ", not significant" : "") + ")");
        }
        return p.policy().name() + " fails" + (parts.isEmpty() ? " in no box of futures PRIM can isolate"
                : " when " + String.join(" and ", parts)) + ": coverage " + n2(b.coverage()) + ", density "
                + n2(b.density()) + " (" + (o2(p)) + " of the futures fail).";
    }

    private static String o2(Robustness.PolicyResult p) {
        return (p.values().length - p.satisfied()) + " of " + p.values().length;
    }

    private static PageTable table(Robustness.Outcome o) {
        Study study = o.study();
        List<PageTable.Column> cols = new ArrayList<>();
        for (StudyObjective ob : study.objectives()) {
            String l = label(ob.metric());
            cols.add(PageTable.Column.number(l + " mean"));
            cols.add(PageTable.Column.number(l + (ob.maximize() ? " P10" : " P90")));
            cols.add(PageTable.Column.number(l + " max regret"));
            cols.add(PageTable.Column.number(l + " P90 regret"));
        }
        cols.add(PageTable.Column.number("satisficing share (95% CI)"));
        List<PageTable.Row> rows = new ArrayList<>();
        for (Robustness.PolicyResult p : o.policies()) {
            List<PageTable.Cell> cells = new ArrayList<>();
            for (Robustness.ObjectiveStats s : p.objectives()) {
                cells.add(PageTable.Cell.number(OptimizeWriter.fmt(s.mean())));
                cells.add(PageTable.Cell.number(OptimizeWriter.fmt(s.worstDecile())));
                cells.add(PageTable.Cell.number(OptimizeWriter.fmt(s.maxRegret())));
                cells.add(PageTable.Cell.number(OptimizeWriter.fmt(s.p90Regret())));
            }
            cells.add(PageTable.Cell.number(pct(p.share()) + " (" + pct(p.shareLow()) + " to " + pct(p.shareHigh()) + ")"));
            rows.add(new PageTable.Row(PageTable.Cell.of(p.policy().name()), cells));
        }
        return new PageTable("Robustness of each policy over " + o.futures().size() + " futures", cols, rows);
    }

    private static String label(String metric) {
        return MetricCatalogue.find(metric).map(i -> i.label()).orElse(metric).toLowerCase(Locale.ROOT);
    }

    private static String n(double v) {
        return CanonicalNumber.format(v);
    }

    private static String n2(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
