package dev.panj.results.attribute;

import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
import dev.panj.scenarios.ScenarioChange;
import dev.panj.sim.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an attribution's results: the scenarios (base, target and every cell) when it starts, and when its runs
 * are complete the tables ({@value AttributionLayout#ATTRIBUTION_JSON} and the CSV files). They depend only on the
 * runs, so the same seed gives the same files whatever the threads or the engine.
 */
final class AttributionWriter {
    private AttributionWriter() {
    }

    /** The resolved scenarios of both ends and of every cell; returns the names written. */
    static List<String> scenarios(Path dir, AttributionSpec spec) throws IOException {
        List<String> names = new ArrayList<>();
        write(dir, AttributionLayout.BASE, spec.plan().changeSet().base().resolvedYaml(), names);
        write(dir, AttributionLayout.TARGET, spec.plan().changeSet().target().resolvedYaml(), names);
        Files.createDirectories(dir.resolve(AttributionLayout.CELL_FOLDER));
        int cells = spec.plan().cells().size();
        for (Cell cell : spec.plan().cells()) {
            write(dir, AttributionLayout.cellFile(cell.index(), cells), cell.scenario().resolvedYaml(), names);
        }
        return names;
    }

    /** The tables of a finished attribution; returns the names written. */
    static List<String> tables(Path dir, AttributionSpec spec, CellRuns results, List<MetricAttribution> analysis)
            throws IOException {
        List<String> names = new ArrayList<>();
        write(dir, AttributionLayout.ATTRIBUTION_JSON, AttributionFile.json(file(spec, results, analysis)), names);
        write(dir, AttributionLayout.CHANGES, changesCsv(spec), names);
        write(dir, AttributionLayout.CELLS, cellsCsv(spec), names);
        write(dir, AttributionLayout.RUNS, runsCsv(spec, results), names);
        write(dir, AttributionLayout.DIFFERENCES, differencesCsv(analysis), names);
        write(dir, AttributionLayout.SHAPLEY, shapleyCsv(spec, analysis), names);
        if (spec.plan().design().kind() == AttributionDesign.Kind.FACTORIAL) {
            write(dir, AttributionLayout.EFFECTS, effectsCsv(spec, analysis), names);
        }
        if (!results.failures().isEmpty()) {
            write(dir, AttributionLayout.FAILURES, failuresCsv(results), names);
        }
        return names;
    }

    private static void write(Path dir, String name, String text, List<String> names) throws IOException {
        AtomicFiles.writeString(dir.resolve(name), text);
        names.add(name);
    }

    static AttributionFile file(AttributionSpec spec, CellRuns results, List<MetricAttribution> analysis) {
        AttributionPlan plan = spec.plan();
        List<Change> changes = plan.changes();
        AttributionDesign design = plan.design();
        List<AttributionFile.ChangeRef> changeRefs = new ArrayList<>();
        for (Change c : changes) {
            changeRefs.add(new AttributionFile.ChangeRef(c.name(), c.source(), c.merged(), c.parts().stream()
                    .map(p -> new AttributionFile.PartRef(p.path(), p.kind().label(), p.item(), p.from(), p.to()))
                    .toList()));
        }
        List<AttributionFile.CellRef> cells = new ArrayList<>();
        for (Cell cell : plan.cells()) {
            cells.add(new AttributionFile.CellRef(cell.index(), applied(cell.mask(), changes.size()),
                    names(cell.mask(), changes), spec.hours(cell), cell.sha256(),
                    AttributionLayout.cellFile(cell.index(), plan.cells().size())));
        }
        Map<String, AttributionFile.MetricRef> metrics = new LinkedHashMap<>();
        for (MetricAttribution m : analysis) {
            metrics.put(m.metric(), metric(m, changes));
        }
        boolean sampled = design.kind() == AttributionDesign.Kind.PERMUTATIONS;
        List<List<Integer>> orders = design.permutations().stream()
                .map(order -> java.util.Arrays.stream(order).boxed().toList()).toList();
        return new AttributionFile(AttributionFile.KIND, Version.current(), scenario(plan.changeSet().base()),
                scenario(plan.changeSet().target()), spec.seed(), ReplicationSeeds.RULE + "; every cell uses the same S",
                Double.isNaN(spec.hours()) ? null : spec.hours(), spec.replications(),
                new AttributionFile.DesignRef(design.kind().label(), design.changes(), design.cells(),
                        sampled ? design.permutations().size() : null, orders),
                changeRefs, plan.merges(), cells, results.failures().size(), spec.metrics(), method(design), metrics);
    }

    private static AttributionFile.ScenarioRef scenario(dev.panj.scenarios.LoadedScenario s) {
        return new AttributionFile.ScenarioRef(s.name(), s.origin(), s.sha256());
    }

    private static AttributionFile.MetricRef metric(MetricAttribution m, List<Change> changes) {
        List<AttributionFile.ShapleyRef> shapley = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < changes.size(); i++) {
            Estimate value = m.shapley().get(i);
            sum += value.mean();
            double share = m.total().mean() == 0 ? Double.NaN : value.mean() / m.total().mean();
            shapley.add(new AttributionFile.ShapleyRef(changes.get(i).name(), AttributionFile.EstimateRef.of(value),
                    share, m.samplingError().isEmpty() ? null : m.samplingError().get(i),
                    m.last().isEmpty() ? null : AttributionFile.EstimateRef.of(m.last().get(i))));
        }
        List<AttributionFile.TermRef> terms = new ArrayList<>();
        for (MetricAttribution.Term t : m.terms()) {
            terms.add(new AttributionFile.TermRef(names(t.mask(), changes), t.order(),
                    AttributionFile.EstimateRef.of(t.fromBase()), AttributionFile.EstimateRef.of(t.averaged())));
        }
        return new AttributionFile.MetricRef(m.replications(), m.unchanged(), m.baseMean(), m.targetMean(),
                AttributionFile.EstimateRef.of(m.total()), m.replications() == 0 ? Double.NaN : sum, m.residual(),
                shapley, terms);
    }

    private static Map<String, String> method(AttributionDesign design) {
        Map<String, String> method = new LinkedHashMap<>();
        method.put("cells", "each cell is the base with a subset of the changes applied, put together from the two "
                + "resolved scenarios and checked like a scenario file; changes that are not valid without one "
                + "another are applied together (see merges)");
        method.put("common_random_numbers", "replication i of every cell runs with the same seed, so within a "
                + "replication the cells differ only by their changes");
        method.put("per_replication", "effects and Shapley values are computed in each replication from its cells' "
                + "values, then averaged over the replications with a 95% Student t interval and a two-sided one-sample "
                + "t-test of 'the mean is 0' (Commons Math); a replication in which a cell failed or has no value of a "
                + "metric is left out of that metric; identical: every replication exactly 0 (not a test)");
        method.put("difference", "target minus base, replication by replication");
        if (design.kind() == AttributionDesign.Kind.FACTORIAL) {
            method.put("design", "full 2^k factorial: every subset of the " + design.changes() + " changes");
            method.put("effects_from_base", "Moebius inversion of the cells (Harsanyi dividends): for one change, "
                    + "the change applied alone to the base; for several, what they add together beyond their smaller "
                    + "subsets; they sum to the difference");
            method.put("effects_averaged", "classical factorial effects: the contrast with +1 where a change is "
                    + "applied and -1 where not, over 2^(k-1); a main effect is the change's effect averaged over every "
                    + "setting of the others");
            method.put("shapley", "exact: each change's effect averaged over every order of applying the changes, "
                    + "sum over the subsets T containing it of the effect from the base of T divided by |T|; the values "
                    + "sum to the difference");
            method.put("last", "the target less the target without the change");
        } else {
            method.put("design", design.permutations().size() + " sampled orders of the " + design.changes()
                    + " changes (each drawn order followed by its reverse) and the subsets on the way from base to "
                    + "target along each");
            method.put("shapley", "each change's effect averaged over the sampled orders; in every replication the "
                    + "effects along an order telescope to the difference, so the values sum to it");
            method.put("sampling_se", "standard error from the sampling of orders: standard deviation over the pairs "
                    + "(order, reverse) of the pair's mean effect on the cells' means, over the square root of the pairs; "
                    + "the Student t interval of the value covers the replications' noise given the sampled orders");
        }
        method.put("multiple_comparisons", "Holm's step-down correction within each metric, separately across its "
                + "Shapley values, its effects from the base, its averaged effects and its effects applied last; "
                + "identical values are left out; significant: adjusted p below " + Estimate.ALPHA);
        return method;
    }

    /** "10100": a 1 for each change applied, in change order. */
    static String applied(long mask, int changes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < changes; i++) {
            text.append((mask >>> i & 1) != 0 ? '1' : '0');
        }
        return text.toString();
    }

    static List<String> names(long mask, List<Change> changes) {
        return AttributionDesign.members(mask).stream().map(i -> changes.get(i).name()).toList();
    }

    private static String changesCsv(AttributionSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        for (Change c : spec.plan().changes()) {
            for (ScenarioChange p : c.parts()) {
                rows.add(List.of(c.name(), c.source(), c.merged(), p.path(), p.kind().label(), p.item(), p.from(),
                        p.to()));
            }
        }
        return CsvFiles.table(List.of("change", "source", "merged", "path", "kind", "item", "from", "to"), rows);
    }

    private static String cellsCsv(AttributionSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        List<Change> changes = spec.plan().changes();
        for (Cell cell : spec.plan().cells()) {
            rows.add(List.of(Integer.toString(cell.index()), applied(cell.mask(), changes.size()),
                    String.join(" + ", names(cell.mask(), changes)), CsvFiles.number(spec.hours(cell)), cell.sha256(),
                    AttributionLayout.cellFile(cell.index(), spec.plan().cells().size())));
        }
        return CsvFiles.table(List.of("cell", "applied", "changes", "hours", "sha256", "file"), rows);
    }

    private static String runsCsv(AttributionSpec spec, CellRuns results) {
        List<String> header = new ArrayList<>(List.of("cell", "replication", "seed"));
        header.addAll(results.metrics());
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < results.cells(); c++) {
            for (int r = 0; r < results.replications(); r++) {
                int run = results.run(c, r);
                if (results.isCompleted(run)) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(c), Integer.toString(r),
                            Long.toString(ReplicationSeeds.seed(spec.seed(), r))));
                    for (double v : results.row(run)) {
                        row.add(CsvFiles.number(v));
                    }
                    rows.add(row);
                }
            }
        }
        return CsvFiles.table(header, rows);
    }

    private static String differencesCsv(List<MetricAttribution> analysis) {
        List<List<String>> rows = new ArrayList<>();
        for (MetricAttribution m : analysis) {
            Estimate d = m.total();
            double sum = m.shapley().stream().mapToDouble(Estimate::mean).sum();
            rows.add(List.of(m.metric(), Integer.toString(m.replications()), Boolean.toString(m.unchanged()),
                    CsvFiles.number(m.baseMean()), CsvFiles.number(m.targetMean()), CsvFiles.number(d.mean()),
                    CsvFiles.number(d.ciLow()), CsvFiles.number(d.ciHigh()), CsvFiles.number(d.sd()),
                    CsvFiles.number(d.p()), Boolean.toString(d.identical()),
                    CsvFiles.number(m.replications() == 0 ? Double.NaN : sum), CsvFiles.number(m.residual())));
        }
        return CsvFiles.table(List.of("metric", "replications", "unchanged", "base_mean", "target_mean", "difference",
                "ci_low", "ci_high", "sd", "p", "identical", "shapley_sum", "residual"), rows);
    }

    private static String shapleyCsv(AttributionSpec spec, List<MetricAttribution> analysis) {
        List<Change> changes = spec.plan().changes();
        List<List<String>> rows = new ArrayList<>();
        for (MetricAttribution m : analysis) {
            for (int i = 0; i < changes.size(); i++) {
                Estimate s = m.shapley().get(i);
                Estimate last = m.last().isEmpty() ? Estimate.NONE : m.last().get(i);
                List<String> row = new ArrayList<>(List.of(m.metric(), changes.get(i).name(),
                        Integer.toString(m.replications())));
                row.addAll(estimate(s));
                row.add(CsvFiles.number(m.total().mean() == 0 ? Double.NaN : s.mean() / m.total().mean()));
                row.add(CsvFiles.number(m.samplingError().isEmpty() ? Double.NaN : m.samplingError().get(i)));
                row.addAll(List.of(CsvFiles.number(last.mean()), CsvFiles.number(last.ciLow()),
                        CsvFiles.number(last.ciHigh()), CsvFiles.number(last.p()), CsvFiles.number(last.holmP()),
                        m.last().isEmpty() ? "" : Boolean.toString(last.significant())));
                rows.add(row);
            }
        }
        return CsvFiles.table(List.of("metric", "change", "replications", "shapley", "ci_low", "ci_high", "sd", "p",
                "holm_p", "significant", "identical", "share", "sampling_se", "last", "last_ci_low", "last_ci_high",
                "last_p", "last_holm_p", "last_significant"), rows);
    }

    private static String effectsCsv(AttributionSpec spec, List<MetricAttribution> analysis) {
        List<Change> changes = spec.plan().changes();
        List<List<String>> rows = new ArrayList<>();
        for (MetricAttribution m : analysis) {
            for (MetricAttribution.Term t : m.terms()) {
                List<String> row = new ArrayList<>(List.of(m.metric(), String.join(" × ", names(t.mask(), changes)),
                        Integer.toString(t.order())));
                row.addAll(estimate(t.fromBase()));
                Estimate a = t.averaged();
                row.addAll(List.of(CsvFiles.number(a.mean()), CsvFiles.number(a.ciLow()), CsvFiles.number(a.ciHigh()),
                        CsvFiles.number(a.p()), CsvFiles.number(a.holmP()), Boolean.toString(a.significant())));
                rows.add(row);
            }
        }
        return CsvFiles.table(List.of("metric", "term", "order", "effect", "ci_low", "ci_high", "sd", "p", "holm_p",
                "significant", "identical", "averaged", "averaged_ci_low", "averaged_ci_high", "averaged_p",
                "averaged_holm_p", "averaged_significant"), rows);
    }

    /** mean, ci_low, ci_high, sd, p, holm_p, significant, identical. */
    private static List<String> estimate(Estimate e) {
        return List.of(CsvFiles.number(e.mean()), CsvFiles.number(e.ciLow()), CsvFiles.number(e.ciHigh()),
                CsvFiles.number(e.sd()), CsvFiles.number(e.p()), CsvFiles.number(e.holmP()),
                Boolean.toString(e.significant()), Boolean.toString(e.identical()));
    }

    private static String failuresCsv(CellRuns results) {
        List<List<String>> rows = new ArrayList<>();
        for (CellFailure f : results.failures()) {
            rows.add(List.of(Integer.toString(f.cell()), Integer.toString(f.replication()), Long.toString(f.seed()),
                    f.error(), f.message()));
        }
        return CsvFiles.table(List.of("cell", "replication", "seed", "error", "message"), rows);
    }
}
