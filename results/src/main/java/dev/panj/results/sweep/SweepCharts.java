package dev.panj.results.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.EffectLine;
import dev.panj.results.chart.MainEffectsChart;
import dev.panj.results.chart.PairHeatMap;
import dev.panj.results.chart.TornadoBar;
import dev.panj.results.chart.TornadoChart;
import dev.panj.results.io.CanonicalNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The charts of a sweep report, from the folder's files: per charted metric a tornado chart and a main-effects
 * chart, and per pair of factors and charted metric a heat map.
 */
final class SweepCharts {
    /** Main-effect lines drawn per metric: more would be unreadable in one plot. */
    static final int EFFECT_LINES = 6;
    /** A factor with more settings than this is cut into this many bins of equal count. */
    static final int EFFECT_BINS = 5;

    private SweepCharts() {
    }

    /** The metrics that have something to draw: charted in the manifest and not constant. */
    static List<String> drawable(SweepFolder folder) {
        return folder.manifest().metrics().stream()
                .filter(m -> !folder.sensitivity(m).isMissingNode() && folder.sensitivity(m).path("note").asText().isEmpty())
                .toList();
    }

    /** The pairs to draw: the manifest's and the extra ones, or the first metric's top two factors. */
    static List<FactorPair> pairs(SweepFolder folder, List<FactorPair> extra) {
        List<FactorPair> pairs = new ArrayList<>(folder.manifest().pairs());
        extra.stream().filter(p -> !pairs.contains(p)).forEach(pairs::add);
        List<String> metrics = drawable(folder);
        if (pairs.isEmpty() && !metrics.isEmpty() && folder.factors().size() >= 2) {
            List<String> top = folder.ranked(metrics.get(0));
            pairs.add(new FactorPair(top.get(0), top.get(1)));
        }
        return pairs.stream().filter(p -> folder.factor(p.first()) != null && folder.factor(p.second()) != null).toList();
    }

    static List<Chart> build(SweepFolder folder, List<FactorPair> extra) {
        List<Chart> charts = new ArrayList<>();
        List<String> metrics = drawable(folder);
        for (String metric : metrics) {
            charts.add(tornado(folder, metric));
            charts.add(effects(folder, metric));
        }
        for (FactorPair pair : pairs(folder, extra)) {
            for (String metric : metrics) {
                charts.add(heatMap(folder, pair, metric));
            }
        }
        return charts;
    }

    static Chart tornado(SweepFolder folder, String metric) {
        JsonNode s = folder.sensitivity(metric);
        String ranking = s.path("ranking").asText();
        boolean sobol = MetricSensitivity.SOBOL_TOTAL.equals(ranking);
        List<TornadoBar> bars = new ArrayList<>();
        double lower = sobol ? 0 : -1;
        double upper = 1;
        for (JsonNode f : s.path("factors")) {
            double value = sobol ? number(f.path("st").path("value")) : number(f.path(ranking));
            double second = sobol ? number(f.path("s1").path("value")) : Double.NaN;
            bars.add(new TornadoBar(f.path("factor").asText(), value, second, f.path("significant").asBoolean()));
            for (double v : new double[] {value, second}) {
                if (Double.isFinite(v)) {
                    lower = Math.min(lower, v - 0.05);
                    upper = Math.max(upper, v + 0.05);
                }
            }
        }
        String measure = sobol ? "total Sobol' index (first order beside it)"
                : "|" + ranking.toUpperCase(Locale.ROOT) + "|, the " + MetricSensitivity.describe(ranking);
        String subtitle = "ranked by " + measure + "; R² of the linear model " + format(number(s.path("r2")))
                + "; grey: not significant at 5%; " + across(folder);
        String caption = "Tornado chart of " + metric + ": the factors ranked by " + measure + ". "
                + (sobol ? "Bars are Sobol' indices: the share of the metric's variance due to the factor alone "
                + "(first order) and with its interactions (total)."
                : "A bar's length is the effect of the factor on the metric in standard deviations (SRC) or the "
                + "partial rank correlation (PRCC); bars to the right mean the metric rises with the factor.");
        return TornadoChart.create("tornado-" + fileName(metric), caption, "What drives " + metric, subtitle,
                sobol ? "Sobol' index" : ranking.toUpperCase(Locale.ROOT), bars, sobol ? "total" : ranking,
                sobol ? "first order" : null, lower, upper);
    }

    static Chart effects(SweepFolder folder, String metric) {
        double[] y = folder.means(metric);
        List<EffectLine> lines = new ArrayList<>();
        for (String name : folder.ranked(metric).subList(0, Math.min(EFFECT_LINES, folder.factors().size()))) {
            lines.add(effect(name, folder.settings(folder.factor(name)), y));
        }
        String subtitle = "mean of " + metric + " over the design points at each setting (settings binned into "
                + EFFECT_BINS + " groups of equal size where there are more); the " + lines.size()
                + " most influential factors; " + across(folder);
        return new Chart("effects-" + fileName(metric), "Main effects on " + metric + ": for each of the most influential "
                + "factors, the mean of the metric over the design points at each of its settings, from the low end (0) "
                + "to the high end (1) of its range. A flat line means little effect on average.",
                MainEffectsChart.create("Main effects on " + metric, subtitle, metric, lines), 1000, 560);
    }

    /** The mean of y at each distinct setting, or in bins of equal count when there are many settings. */
    static EffectLine effect(String name, double[] settings, double[] y) {
        TreeMap<Double, List<Double>> bySetting = new TreeMap<>();
        for (int p = 0; p < y.length; p++) {
            if (Double.isFinite(y[p])) {
                bySetting.computeIfAbsent(settings[p], s -> new ArrayList<>()).add(y[p]);
            }
        }
        Map<Double, List<Double>> groups = new LinkedHashMap<>();
        if (bySetting.size() <= 9) {
            groups.putAll(bySetting);
        } else {
            List<double[]> pairs = new ArrayList<>();
            bySetting.forEach((s, values) -> values.forEach(v -> pairs.add(new double[] {s, v})));
            int n = pairs.size();
            for (int bin = 0; bin < EFFECT_BINS; bin++) {
                List<double[]> part = pairs.subList(bin * n / EFFECT_BINS, (bin + 1) * n / EFFECT_BINS);
                double centre = part.stream().mapToDouble(p -> p[0]).average().orElse(Double.NaN);
                groups.put(centre, part.stream().map(p -> p[1]).toList());
            }
        }
        double[] x = groups.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] means = groups.values().stream()
                .mapToDouble(values -> values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN))
                .toArray();
        return new EffectLine(name, x, means);
    }

    static Chart heatMap(SweepFolder folder, FactorPair pair, String metric) {
        Factor a = folder.factor(pair.first());
        Factor b = folder.factor(pair.second());
        double[] va = folder.values(a);
        double[] vb = folder.values(b);
        PairSurface surface = PairSurface.of(va, vb, folder.means(metric));
        double[][] points = new double[va.length][];
        for (int p = 0; p < va.length; p++) {
            points[p] = new double[] {surface.xPosition(va[p]), surface.yPosition(vb[p])};
        }
        String subtitle = surface.method() + "; circles: design points; " + across(folder);
        return new Chart("pair-" + fileName(metric) + "-" + fileName(a.name()) + "-" + fileName(b.name()),
                metric + " over " + a.name() + " and " + b.name() + ": " + surface.method()
                        + ". The circles are the design points the picture rests on.",
                PairHeatMap.create(metric + " over two factors", subtitle,
                        axis(a, surface.xs(), surface.xWidth(), surface.xNames()),
                        axis(b, surface.ys(), surface.yWidth(), surface.yNames()), surface.z(), points, metric),
                1000, 700);
    }

    /** An axis in the factor's values, or for cells at positions 0, 1, 2 … named by their values or levels. */
    private static PairHeatMap.Axis axis(Factor factor, double[] centres, double width, double[] cellValues) {
        String label = factor.name() + (factor.unit().isEmpty() ? "" : " (" + factor.unit() + ")");
        String[] names = null;
        if (!factor.isRange() && !factor.numeric()) {
            names = factor.levels().toArray(String[]::new);
            if (cellValues != null) {
                names = java.util.Arrays.stream(cellValues).mapToObj(v -> factor.levels().get((int) v))
                        .toArray(String[]::new);
            }
        } else if (cellValues != null) {
            names = java.util.Arrays.stream(cellValues).mapToObj(CanonicalNumber::format).toArray(String[]::new);
        }
        return new PairHeatMap.Axis(label, centres, width, names);
    }

    private static String across(SweepFolder folder) {
        SweepManifest m = folder.manifest();
        return m.design().points() + " design points (" + m.design().kind() + ") × " + m.replications()
                + " replications of " + m.scenario();
    }

    /** A name usable in a file name: letters and digits, other runs of characters as one hyphen. */
    static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("^-|-$", "");
    }

    static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    static String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
