package dev.panj.results.compare;

import dev.panj.results.stats.CiMethod;
import dev.panj.results.stats.MetricSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a comparison: each scenario's summaries (as its batch computes them) and each non-baseline
 * scenario's paired differences from the baseline. It depends only on the replications' metric values.
 */
public record ComparisonResult(String baseline, List<String> metrics, List<ScenarioSummary> scenarios,
                               List<ScenarioComparison> comparisons) {
    public ComparisonResult {
        metrics = List.copyOf(metrics);
        scenarios = List.copyOf(scenarios);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * Compares every scenario of {@code runs} other than {@code baseline} with it, over the metrics of the
     * baseline; scenarios keep their order. Holm's family in each comparison is every metric with a p-value that
     * is not identical in every pair; an identical metric has the adjusted p-value 1.
     */
    public static ComparisonResult of(String baseline, List<ScenarioRuns> runs) {
        ScenarioRuns base = runs.stream().filter(r -> r.scenario().equals(baseline)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no runs of the baseline " + baseline));
        List<String> metrics = base.metrics();
        List<ScenarioSummary> summaries = new ArrayList<>();
        List<ScenarioComparison> comparisons = new ArrayList<>();
        for (ScenarioRuns scenario : runs) {
            if (!scenario.metrics().equals(metrics)) {
                throw new IllegalArgumentException(scenario.scenario() + " has the metrics " + scenario.metrics()
                        + ", the baseline " + metrics);
            }
            summaries.add(summary(scenario));
            if (scenario != base) {
                comparisons.add(compare(scenario, base));
            }
        }
        return new ComparisonResult(baseline, metrics, summaries, comparisons);
    }

    /** The summaries of {@code scenario}. */
    public ScenarioSummary summary(String scenario) {
        return scenarios.stream().filter(s -> s.scenario().equals(scenario)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + scenario));
    }

    /** The comparison of {@code scenario} with the baseline. */
    public ScenarioComparison comparison(String scenario) {
        return comparisons.stream().filter(c -> c.scenario().equals(scenario)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no comparison of " + scenario));
    }

    private static ScenarioSummary summary(ScenarioRuns runs) {
        List<MetricSummary> out = new ArrayList<>();
        for (String metric : runs.metrics()) {
            out.add(MetricSummary.of(runs.values(metric), CiMethod.forMetric(metric)));
        }
        return new ScenarioSummary(runs.scenario(), runs.completed(), out);
    }

    private static ScenarioComparison compare(ScenarioRuns scenario, ScenarioRuns baseline) {
        int[] common = scenario.commonIndices(baseline);
        List<String> metrics = baseline.metrics();
        List<PairedDifference> raw = new ArrayList<>();
        double[] p = new double[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            String metric = metrics.get(m);
            PairedDifference d = PairedTest.of(metric, scenario.valuesAt(metric, common),
                    baseline.valuesAt(metric, common));
            raw.add(d);
            // A metric identical in every pair is not a test: the change does not touch it at all.
            p[m] = d.identical() ? Double.NaN : d.tTestP();
        }
        double[] adjusted = Holm.adjust(p);
        List<PairedDifference> differences = new ArrayList<>();
        for (int m = 0; m < raw.size(); m++) {
            PairedDifference d = raw.get(m);
            differences.add(d.withHolm(d.identical() ? 1 : adjusted[m]));
        }
        return new ScenarioComparison(scenario.scenario(), baseline.scenario(), common.length, differences);
    }
}
