package dev.panj.results.attribute;

import dev.panj.results.attribute.AttributionFile.MetricRef;
import dev.panj.results.attribute.AttributionFile.ShapleyRef;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.WaterfallChart;
import dev.panj.results.chart.WaterfallStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of an attribution, from {@value AttributionLayout#ATTRIBUTION_JSON} alone: per metric shown that some
 * change moves, a waterfall from the base's mean to the target's through the changes' Shapley values, largest first,
 * each with its 95% interval.
 */
final class AttributionCharts {
    private AttributionCharts() {
    }

    /** The waterfall of each metric shown that has one, by metric, in the order shown. */
    static Map<String, Chart> build(AttributionFile file) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        for (String metric : file.shown()) {
            MetricRef m = file.metrics().get(metric);
            if (m != null && !m.unchanged() && m.replications() > 0) {
                charts.put(metric, waterfall(metric, m, file));
            }
        }
        return charts;
    }

    static String name(String metric) {
        return "waterfall-" + metric.replace('_', '-');
    }

    private static Chart waterfall(String metric, MetricRef m, AttributionFile file) {
        List<WaterfallStep> steps = new ArrayList<>();
        for (ShapleyRef s : AttributionText.ranked(m)) {
            AttributionFile.EstimateRef v = s.value();
            steps.add(new WaterfallStep(s.change(), v.value(), AttributionFile.value(v.ciLow()),
                    AttributionFile.value(v.ciHigh()), v.significant()));
        }
        String words = AttributionText.words(metric);
        String title = Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": " + file.base().name() + " → "
                + file.target().name();
        boolean sampled = file.design().kind().equals(AttributionDesign.Kind.PERMUTATIONS.label());
        String subtitle = "mean over " + m.replications() + " replications; each change's Shapley value"
                + (sampled ? " (" + file.design().permutations() + " sampled orders)" : "")
                + ", largest first; whiskers: 95% CI";
        String caption = capitalised(words) + " from " + file.base().name() + " (top) to " + file.target().name()
                + " (bottom): each bar between them is a change's Shapley value, its effect averaged over every order of "
                + "applying the changes, starting where the one above ends; the values add up to the difference "
                + AttributionText.signed(metric, m.difference().value()) + AttributionText.unit(metric)
                + ". Grey: not significant after Holm's correction; whiskers: 95% confidence intervals over the "
                + "replications.";
        return WaterfallChart.create(name(metric), caption, title, subtitle, words + AttributionText.unit(metric),
                file.base().name(), AttributionFile.value(m.baseMean()), steps, file.target().name(),
                AttributionFile.value(m.targetMean()), new WaterfallChart.LabelFormat() {
                    @Override
                    public String value(double value) {
                        return AttributionText.value(metric, value);
                    }

                    @Override
                    public String contribution(double value) {
                        return AttributionText.signed(metric, value);
                    }
                });
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
