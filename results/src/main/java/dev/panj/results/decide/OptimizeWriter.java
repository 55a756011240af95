package dev.panj.results.decide;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.DecisionCharts;
import dev.panj.results.chart.Panels;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.report.PageTable;
import dev.panj.results.report.Templates;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyConstraint;
import dev.panj.scenarios.StudyLever;
import dev.panj.scenarios.StudyObjective;
import dev.panj.scenarios.StudySetting;
import dev.panj.scenarios.StudyUncertainty;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricCatalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what {@code panj optimize} found: {@code pareto.csv} (the front: levers, objectives with their 95%
 * intervals), {@code candidates.csv} (every evaluated candidate), {@code hypervolume.csv} (per generation),
 * {@code futures.csv} (the reference futures), the charts and {@code report.html}.
 */
public final class OptimizeWriter {
    private OptimizeWriter() {
    }

    public static void write(Optimization.Outcome o, DecisionFolder folder) throws IOException {
        Study study = o.study();
        List<String> leverNames = study.levers().stream().map(StudyLever::name).toList();
        folder.text("study.yaml", study.text());
        folder.csv("pareto.csv", header(study), rows(o.front(), study, true));
        folder.csv("candidates.csv", header(study), rows(o.candidates(), study, false));
        List<List<String>> hv = new ArrayList<>();
        for (int g = 0; g < o.hypervolume().length; g++) {
            hv.add(List.of(Integer.toString(g), CanonicalNumber.format(o.hypervolume()[g])));
        }
        folder.csv("hypervolume.csv", List.of("generation", "hypervolume"), hv);
        List<String> fh = new ArrayList<>(List.of("future"));
        study.uncertainties().forEach(u -> fh.add(u.name()));
        List<List<String>> fr = new ArrayList<>();
        for (int f = 0; f < o.futures().size(); f++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(f)));
            o.futures().get(f).forEach(s -> row.add(s.text()));
            fr.add(row);
        }
        folder.csv("futures.csv", fh, fr);
        List<RenderedChart> charts = charts(o, folder, leverNames);
        folder.text("report.html", Templates.render("decision.jte", page(o, leverNames, charts)));
        folder.manifest("complete");
    }

    static List<String> header(Study study) {
        List<String> h = new ArrayList<>(List.of("candidate", "generation"));
        study.levers().forEach(l -> h.add(l.name()));
        for (String m : study.metrics()) {
            h.add(m);
            h.add(m + "_ci_low");
            h.add(m + "_ci_high");
        }
        h.add("feasible");
        return h;
    }

    static List<List<String>> rows(List<Candidate> candidates, Study study, boolean front) {
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(c.index()), Integer.toString(c.generation())));
            c.settings().forEach(s -> row.add(s.text()));
            for (String m : study.metrics()) {
                MetricEstimate e = c.estimates().get(m);
                row.add(CanonicalNumber.format(e.mean()));
                row.add(CanonicalNumber.format(clip(m, e.low())));
                row.add(CanonicalNumber.format(clip(m, e.high())));
            }
            row.add(Boolean.toString(c.feasible()));
            rows.add(row);
        }
        return rows;
    }

    /** An interval's end within the values the metric can take (a share's interval stays in [0, 1]). */
    static double clip(String metric, double value) {
        return MetricCatalogue.find(metric).map(i -> Math.max(i.kind().lowest(), Math.min(i.kind().highest(), value)))
                .orElse(value);
    }

    private static String label(String metric) {
        return MetricCatalogue.find(metric).map(i -> i.label()).orElse(metric);
    }

    private static List<RenderedChart> charts(Optimization.Outcome o, DecisionFolder folder, List<String> leverNames)
            throws IOException {
        Study study = o.study();
        List<String> names = study.objectives().stream().map(ob -> label(ob.metric())).toList();
        List<double[]> points = new ArrayList<>();
        List<Boolean> onFront = new ArrayList<>();
        List<double[]> parallel = new ArrayList<>();
        for (Candidate c : o.candidates()) {
            if (!c.feasible()) {
                continue;
            }
            points.add(c.objectives());
            boolean f = o.front().contains(c);
            onFront.add(f);
            double[] row = new double[leverNames.size() + names.size()];
            for (int i = 0; i < leverNames.size(); i++) {
                row[i] = c.settings().get(i).number();
            }
            System.arraycopy(c.objectives(), 0, row, leverNames.size(), names.size());
            parallel.add(row);
        }
        List<RenderedChart> out = new ArrayList<>();
        Panels matrix = DecisionCharts.scatterMatrix("Objectives of every feasible candidate", "the Pareto front in blue",
                names, points, onFront, 900);
        out.add(ChartFiles.write(folder.charts(), new Chart("objectives", "Each pair of objectives over the feasible "
                + "candidates evaluated; blue: the Pareto front (no other candidate is as good in every objective and "
                + "better in one).", "Scatter-plot matrix of " + String.join(", ", names) + "; " + o.front().size()
                + " of " + points.size() + " feasible candidates on the front.", matrix, matrix.width(), matrix.height())));
        List<String> axes = new ArrayList<>(leverNames);
        axes.addAll(names);
        out.add(ChartFiles.write(folder.charts(), new Chart("parallel", "Levers and objectives of each feasible "
                + "candidate, each axis scaled from its smallest to its largest value; coloured: on the front.",
                "Parallel coordinates of " + String.join(", ", axes) + ".",
                DecisionCharts.parallel("Levers and objectives", axes, parallel, onFront), 1000, 450)));
        double[] g = new double[o.hypervolume().length];
        for (int i = 0; i < g.length; i++) {
            g[i] = i;
        }
        out.add(ChartFiles.write(folder.charts(), new Chart("hypervolume", "Hypervolume of the feasible front after "
                + "each generation (objectives scaled between the best and worst feasible values found; reference "
                + "point 1.1); a curve that has levelled off says more evaluations would add little.",
                "Hypervolume rises to " + fmt(g.length == 0 ? 0 : o.hypervolume()[g.length - 1]) + " over "
                        + g.length + " generations.",
                DecisionCharts.line("Hypervolume per generation", "generation", "hypervolume", g, o.hypervolume(), -1),
                800, 400)));
        return out;
    }

    private static DecisionPage page(Optimization.Outcome o, List<String> leverNames, List<RenderedChart> charts) {
        Study study = o.study();
        Optimization.Settings s = o.settings();
        String lead = study.name() + " · base " + study.base().name() + " · " + s.algorithm() + " · "
                + o.candidates().size() + " evaluations (" + o.simulated() + " arrangements simulated) · "
                + s.replications() + " replications in each of " + o.futures().size() + " reference futures, the same "
                + "seeds for every candidate · seed " + s.seed() + " · panj " + Version.current();
        List<String> findings = new ArrayList<>(findings(o, leverNames));
        List<PageTable> tables = new ArrayList<>();
        List<PageTable.Column> cols = new ArrayList<>();
        study.levers().forEach(l -> cols.add(PageTable.Column.text(l.name())));
        study.objectives().forEach(ob -> cols.add(PageTable.Column.number(label(ob.metric()) + " (95% CI)")));
        List<PageTable.Row> rows = new ArrayList<>();
        for (Candidate c : o.front()) {
            List<PageTable.Cell> cells = new ArrayList<>();
            for (int i = 1; i < c.settings().size(); i++) {
                cells.add(PageTable.Cell.of(c.settings().get(i).text()));
            }
            for (StudyObjective ob : study.objectives()) {
                MetricEstimate e = c.estimates().get(ob.metric());
                cells.add(PageTable.Cell.number(fmt(e.mean()) + " (" + fmt(clip(ob.metric(), e.low())) + " to "
                        + fmt(clip(ob.metric(), e.high())) + ")"));
            }
            rows.add(new PageTable.Row(PageTable.Cell.of(c.settings().isEmpty() ? "(base)" : c.settings().get(0).text()), cells));
        }
        if (!rows.isEmpty()) {
            tables.add(new PageTable("The Pareto front: " + o.front().size() + " arrangements", cols, rows));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Levers: " + String.join("; ", study.levers().stream().map(l -> l.name() + " (" + l.describe() + ")").toList()) + ".");
        if (!study.uncertainties().isEmpty()) {
            notes.add("Reference futures: " + String.join("; ", study.uncertainties().stream()
                    .map(u -> u.name() + " " + u.describe()).toList()) + "; " + (o.futures().size() == 1
                    ? "one future, every uncertainty at its median" : o.futures().size() + " futures from a maximin Latin hypercube")
                    + " (futures.csv). Each candidate's objectives are its means over every replication of every reference future.");
        }
        if (!study.constraints().isEmpty()) {
            notes.add("Constraints: " + String.join("; ", study.constraints().stream().map(StudyConstraint::describe).toList())
                    + ", on the candidate's mean. Infeasible candidates are in candidates.csv, not on the front.");
        }
        notes.add("Common random numbers: replication r of reference future f runs with the same seed for every "
                + "candidate, so two candidates differ by their levers, not by luck. Intervals are 95% Student-t "
                + "intervals over all of a candidate's runs (replications and futures pooled).");
        notes.add("The search is " + s.algorithm() + " (MOEA Framework 5.0), levers coded in [0, 1], objectives "
                + "divided by their magnitude in the base scenario; arrangements already evaluated are read back, "
                + "not simulated again, which also makes an interrupted search resume on exactly the same path.");
        return new DecisionPage("Panj optimize: " + study.name(), lead, findings, tables, charts, notes);
    }

    /** The front in words: what is on it, the extremes, and what one objective costs in another. */
    static List<String> findings(Optimization.Outcome o, List<String> leverNames) {
        Study study = o.study();
        List<String> out = new ArrayList<>();
        List<Candidate> front = o.front();
        long feasible = o.candidates().stream().filter(Candidate::feasible).count();
        if (front.isEmpty()) {
            out.add("No evaluated candidate keeps every constraint (" + String.join("; ", study.constraints().stream()
                    .map(StudyConstraint::describe).toList()) + "): loosen them or widen the levers.");
            return out;
        }
        out.add(front.size() + " of the " + feasible + " feasible candidates are on the Pareto front: no other candidate "
                + "is as good in every objective and better in one.");
        for (int j = 0; j < study.objectives().size(); j++) {
            StudyObjective ob = study.objectives().get(j);
            int jj = j;
            Candidate best = front.stream().min((a, b) -> Double.compare(ob.canonical(a.objectives()[jj]),
                    ob.canonical(b.objectives()[jj]))).orElseThrow();
            out.add("Best " + label(ob.metric()).toLowerCase(Locale.ROOT) + " on the front: " + fmt(best.objectives()[j])
                    + ", with " + best.describe(leverNames) + ".");
        }
        // What is the same on the whole front, and what varies.
        List<String> fixed = new ArrayList<>();
        List<String> varying = new ArrayList<>();
        for (int i = 0; i < leverNames.size(); i++) {
            int ii = i;
            long distinct = front.stream().map(c -> c.settings().get(ii).text()).distinct().count();
            if (distinct == 1) {
                fixed.add(leverNames.get(i) + " " + front.get(0).settings().get(i).text());
            } else {
                varying.add(leverNames.get(i));
            }
        }
        if (!fixed.isEmpty()) {
            out.add("Every arrangement on the front has " + String.join(", ", fixed) + ": the search found nothing "
                    + "better elsewhere on these levers.");
        }
        if (!varying.isEmpty()) {
            out.add("Along the front the arrangements differ in " + String.join(", ", varying) + ".");
        }
        if (study.objectives().size() >= 2 && front.size() >= 2) {
            StudyObjective a = study.objectives().get(0);
            StudyObjective b = study.objectives().get(1);
            Candidate first = front.get(0);
            Candidate last = front.get(front.size() - 1);
            out.add("From one end of the front to the other, " + label(a.metric()).toLowerCase(Locale.ROOT) + " goes from "
                    + fmt(first.objectives()[0]) + " to " + fmt(last.objectives()[0]) + " while "
                    + label(b.metric()).toLowerCase(Locale.ROOT) + " goes from " + fmt(first.objectives()[1]) + " to "
                    + fmt(last.objectives()[1]) + ": " + first.describe(leverNames) + " against "
                    + last.describe(leverNames) + ".");
        }
        out.add("The base scenario as it is: " + String.join(", ", study.objectives().stream().map(ob -> label(ob.metric())
                .toLowerCase(Locale.ROOT) + " " + fmt(o.base().estimates().get(ob.metric()).mean())).toList()) + ".");
        return out;
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
