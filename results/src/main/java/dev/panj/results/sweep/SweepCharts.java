package dev.panj.results.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.chart.Chart;
import dev.panj.results.MetricFormat;
import dev.panj.results.chart.EffectLine;
import dev.panj.results.chart.MainEffectsChart;
import dev.panj.results.chart.PairHeatMap;
import dev.panj.results.chart.Palette;
import dev.panj.results.chart.Panels;
import dev.panj.results.chart.RowChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.results.stats.RunningMoments;
import dev.panj.sim.metrics.Better;
import java.awt.Color;
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

    /**
     * The factors ranked by their influence on {@code metric}: bars of the ranking coefficient (SRC or PRCC) coloured by
     * whether raising the factor is better or worse for the forces, grey when not significant; in a Sobol' design the
     * first-order and total indices with their bootstrap intervals, a factor whose first-order index exceeds its total
     * (impossible for the true indices) flagged as too noisy.
     */
    static Chart tornado(SweepFolder folder, String metric) {
        JsonNode s = folder.sensitivity(metric);
        String ranking = s.path("ranking").asText();
        boolean sobol = MetricSensitivity.SOBOL_TOTAL.equals(ranking);
        Better better = MetricFormat.info(metric).better();
        List<RowChart.Row> rows = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        List<String> significant = new ArrayList<>();
        for (JsonNode f : s.path("factors")) {
            String factor = f.path("factor").asText();
            boolean sig = f.path("significant").asBoolean();
            if (sig) {
                significant.add(factor);
            }
            if (sobol) {
                JsonNode st = f.path("st");
                JsonNode s1 = f.path("s1");
                double total = number(st.path("value"));
                double first = number(s1.path("value"));
                // A true first-order index lies in [0, ST]: an estimate outside is noise.
                boolean tooNoisy = Double.isFinite(total) && Double.isFinite(first) && (first > total || first < 0);
                if (tooNoisy) {
                    noisy.add(factor);
                }
                Color dark = sig ? Palette.BLUE : Palette.MUTED;
                Color light = sig ? Palette.SKY_BLUE : new Color(0xDDDDDD);
                List<RowChart.Mark> marks = List.of(
                        RowChart.Mark.bar(first, light, -0.2),
                        RowChart.Mark.whisker(number(s1.path("ci_low")), number(s1.path("ci_high")), Palette.INK, -0.2),
                        RowChart.Mark.bar(total, dark, 0.2),
                        RowChart.Mark.whisker(number(st.path("ci_low")), number(st.path("ci_high")), Palette.INK, 0.2));
                // The flag first: a note too long for its column is cut at its end.
                String note = (tooNoisy ? "noise · " : "") + "S1 " + format(first) + " ["
                        + format(number(s1.path("ci_low"))) + ", " + format(number(s1.path("ci_high"))) + "] ST "
                        + format(total) + " [" + format(number(st.path("ci_low"))) + ", "
                        + format(number(st.path("ci_high"))) + "]";
                rows.add(new RowChart.Row(factor, marks, note, null, !sig));
            } else {
                double value = number(f.path(ranking));
                Color colour = !sig ? Palette.MUTED : Palette.judged(better.judge(value));
                String note = ranking.toUpperCase(Locale.ROOT) + " " + format(value) + " · p "
                        + p(number(f.path(ranking + "_p")));
                rows.add(new RowChart.Row(factor, List.of(RowChart.Mark.bar(value, colour, 0)), note, null, !sig));
            }
        }
        List<RowChart.Key> legend;
        RowChart.Range axis;
        if (sobol) {
            // Indices lie in [0, 1]; bootstrap intervals of small designs reach far beyond: cut, with an arrowhead.
            axis = new RowChart.Range("Sobol' index (share of the variance of " + MetricFormat.words(metric) + ")",
                    -0.2, 1.0, true);
            legend = List.of(new RowChart.Key("first order S1: the factor alone", RowChart.Form.BAR, Palette.SKY_BLUE, true),
                    new RowChart.Key("total ST: with its interactions", RowChart.Form.BAR, Palette.BLUE, true),
                    new RowChart.Key("95% bootstrap interval", RowChart.Form.WHISKER, Palette.INK, true),
                    new RowChart.Key("not significant (ST interval reaches 0)", RowChart.Form.BAR, Palette.MUTED, true));
        } else {
            axis = new RowChart.Range(ranking.toUpperCase(Locale.ROOT) + ": the " + MetricSensitivity.describe(ranking),
                    -1, 1);
            legend = better == Better.NEITHER
                    ? List.of(new RowChart.Key("significant (bar to the right: the metric rises with the factor)",
                            RowChart.Form.BAR, Palette.NEUTRAL, true),
                            new RowChart.Key("not significant", RowChart.Form.BAR, Palette.MUTED, true))
                    : List.of(new RowChart.Key("raising the factor is better for the forces", RowChart.Form.BAR,
                            Palette.BETTER, true),
                            new RowChart.Key("raising it is worse", RowChart.Form.BAR, Palette.WORSE, true),
                            new RowChart.Key("not significant", RowChart.Form.BAR, Palette.MUTED, true));
        }
        String subtitle = (sobol ? "ranked by the total Sobol' index" : "ranked by |" + ranking.toUpperCase(Locale.ROOT)
                + "|") + "; R² of the linear model " + format(number(s.path("r2"))) + "; " + across(folder)
                + (noisy.isEmpty() ? "" : "; first-order index outside [0, ST] for " + noisy.size() + " factor(s): too noisy "
                + "at N = " + folder.manifest().design().baseSamples() + ", run more points");
        RowChart chart = RowChart.sharedAxis("What drives " + MetricFormat.words(metric), subtitle, rows, axis, legend,
                1000);
        String alt = "What drives " + MetricFormat.words(metric) + ": " + (significant.isEmpty()
                ? "no factor is significant"
                : "significant, in order: " + String.join(", ", significant)) + "."
                + (noisy.isEmpty() ? "" : " First-order index below 0 or above the total for " + String.join(", ", noisy)
                + ": the estimates are too noisy to rank these factors.");
        String caption = "Tornado chart of " + MetricFormat.words(metric) + ": the factors ranked, "
                + (sobol ? "with the share of the metric's variance due to each factor alone (first order S1, light) and "
                + "with its interactions (total ST, dark), each with its 95% bootstrap interval (cut at the axis's ends, with an arrowhead, where it reaches beyond). A "
                + "true S1 lies between 0 and ST; where an estimate does not, it is noise and the design needs more "
                + "points. Grey: the total index's "
                + "interval reaches 0."
                : "by the " + MetricSensitivity.describe(ranking) + " (" + ranking.toUpperCase(Locale.ROOT) + "), bars to "
                + "the right where the metric rises with the factor. Blue where raising the factor is better for the "
                + "forces, vermillion where it is worse" + (better == Better.NEITHER ? " (this metric has no better "
                + "direction: dark grey)" : "") + ", grey where not significant; the numbers are the coefficient and its "
                + "p-value.");
        return new Chart("tornado-" + fileName(metric), caption, alt, chart, chart.width(), chart.height());
    }

    /**
     * Main effects of the most influential factors as small multiples: per factor, in its own unit, the mean of the
     * points' means at each setting with its 95% interval; all panels on one metric axis starting at 0 for counts and
     * shares; each factor in the colour of its position in the sweep, the same in every chart.
     */
    static Chart effects(SweepFolder folder, String metric) {
        double[] y = folder.means(metric);
        double scale = MetricFormat.displayScale(metric);
        List<EffectLine> lines = new ArrayList<>();
        List<String> ranked = folder.ranked(metric);
        StringBuilder alt = new StringBuilder("Main effects on " + MetricFormat.words(metric) + ": ");
        for (String name : ranked.subList(0, Math.min(EFFECT_LINES, ranked.size()))) {
            Factor factor = folder.factor(name);
            EffectLine line = effect(factor, folder.values(factor), y, scale,
                    Palette.category(folder.factors().indexOf(factor)));
            lines.add(line);
            int first = firstFinite(line.mean());
            int last = lastFinite(line.mean());
            if (first >= 0) {
                alt.append(lines.size() == 1 ? "" : "; ").append(name).append(" from ")
                        .append(settingText(factor, line, first)).append(" to ").append(settingText(factor, line, last))
                        .append(": ").append(MetricFormat.value(metric, line.mean()[first] / scale)).append(" to ")
                        .append(MetricFormat.value(metric, line.mean()[last] / scale));
            }
        }
        String subtitle = "mean over the design points at each setting (more than nine settings: " + EFFECT_BINS
                + " bins of equal count), bars: 95% interval over those points; " + across(folder);
        Panels panels = MainEffectsChart.create("Main effects on " + MetricFormat.words(metric), subtitle,
                MetricFormat.axisLabel(metric), MetricFormat.info(metric).kind(), lines, 1000);
        return new Chart("effects-" + fileName(metric), "Main effects on " + MetricFormat.words(metric) + ": for each of "
                + "the most influential factors, in its own unit, the mean of the metric over the design points at each "
                + "setting (averaging over the other factors), with the 95% interval of that mean over the points. All "
                + "panels share the metric's axis, which starts at 0 for counts and shares, so that steep and flat "
                + "effects compare honestly. Named levels are drawn as separate points, not joined. A factor keeps its "
                + "colour in every chart.", alt + ".", panels, panels.width(), panels.height());
    }

    private static int firstFinite(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int lastFinite(double[] values) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String settingText(Factor factor, EffectLine line, int i) {
        if (line.categorical()) {
            return line.levels()[(int) Math.round(line.x()[i])];
        }
        return factor.brief(line.x()[i]);
    }

    /**
     * The mean of y at each distinct value of the factor, or in {@value #EFFECT_BINS} bins of equal count when there
     * are more than nine, with the 95% Student t interval over the points in each; in display units ({@code scale}).
     */
    static EffectLine effect(Factor factor, double[] values, double[] y, double scale, Color colour) {
        TreeMap<Double, List<Double>> byValue = new TreeMap<>();
        for (int p = 0; p < y.length; p++) {
            if (Double.isFinite(y[p])) {
                byValue.computeIfAbsent(values[p], v -> new ArrayList<>()).add(y[p] * scale);
            }
        }
        Map<Double, List<Double>> groups = new LinkedHashMap<>();
        if (byValue.size() <= 9) {
            groups.putAll(byValue);
        } else {
            List<double[]> pairs = new ArrayList<>();
            byValue.forEach((v, ys) -> ys.forEach(value -> pairs.add(new double[] {v, value})));
            int n = pairs.size();
            for (int bin = 0; bin < EFFECT_BINS; bin++) {
                List<double[]> part = pairs.subList(bin * n / EFFECT_BINS, (bin + 1) * n / EFFECT_BINS);
                double centre = part.stream().mapToDouble(q -> q[0]).average().orElse(Double.NaN);
                groups.put(centre, part.stream().map(q -> q[1]).toList());
            }
        }
        double[] x = new double[groups.size()];
        double[] mean = new double[groups.size()];
        double[] low = new double[groups.size()];
        double[] high = new double[groups.size()];
        int i = 0;
        for (Map.Entry<Double, List<Double>> g : groups.entrySet()) {
            RunningMoments moments = new RunningMoments();
            g.getValue().forEach(moments::add);
            ConfidenceInterval ci = ConfidenceInterval.studentT(moments.mean(), moments.sd(), moments.count());
            x[i] = g.getKey();
            mean[i] = moments.count() == 0 ? Double.NaN : moments.mean();
            low[i] = ci.low();
            high[i] = ci.high();
            i++;
        }
        boolean named = !factor.isRange() && !factor.numeric();
        String label = factor.name() + (factor.unit().isEmpty() ? "" : " (" + factor.unit() + ")");
        return new EffectLine(factor.name(), label, colour, x, mean, low, high,
                named ? factor.levels().toArray(String[]::new) : null);
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
        double scale = MetricFormat.displayScale(metric);
        double[][] z = new double[surface.z().length][];
        int bestI = -1;
        int bestJ = -1;
        int worstI = -1;
        int worstJ = -1;
        for (int i = 0; i < z.length; i++) {
            z[i] = new double[surface.z()[i].length];
            for (int j = 0; j < z[i].length; j++) {
                z[i][j] = surface.z()[i][j] * scale;
                if (Double.isFinite(z[i][j])) {
                    if (bestI < 0 || z[i][j] > z[bestI][bestJ]) {
                        bestI = i;
                        bestJ = j;
                    }
                    if (worstI < 0 || z[i][j] < z[worstI][worstJ]) {
                        worstI = i;
                        worstJ = j;
                    }
                }
            }
        }
        PairHeatMap.Axis x = axis(a, surface.xs(), surface.xWidth(), surface.xNames());
        PairHeatMap.Axis y = axis(b, surface.ys(), surface.yWidth(), surface.yNames());
        String alt = MetricFormat.label(metric) + " over " + a.name() + " and " + b.name() + " (" + surface.method() + ")"
                + (bestI < 0 ? ": no value." : ": highest, " + MetricFormat.value(metric, z[bestI][bestJ] / scale) + ", at "
                + cell(a, x, bestI) + " and " + cell(b, y, bestJ) + "; lowest, "
                + MetricFormat.value(metric, z[worstI][worstJ] / scale) + ", at " + cell(a, x, worstI) + " and "
                + cell(b, y, worstJ) + ".");
        String subtitle = surface.method() + "; circles: design points; " + across(folder);
        return new Chart("pair-" + fileName(metric) + "-" + fileName(a.name()) + "-" + fileName(b.name()),
                MetricFormat.label(metric) + " over " + a.name() + " and " + b.name() + ": " + surface.method()
                        + ". The circles are the design points the picture rests on; grey cells have no data (no point "
                        + "there, or outside the points, where a fit would be an extrapolation).", alt,
                PairHeatMap.create(MetricFormat.label(metric) + " over two factors", subtitle, x, y, z, points,
                        MetricFormat.axisLabel(metric)), 1000, 700);
    }

    /** The value at cell {@code i} of an axis, in words. */
    private static String cell(Factor factor, PairHeatMap.Axis axis, int i) {
        String value = axis.names() != null ? axis.names()[i] : factor.brief(axis.centres()[i]);
        return factor.name() + " " + value;
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
        return MetricFormat.number(value, 2);
    }

    static String p(double p) {
        return Double.isNaN(p) ? MetricFormat.NO_VALUE : p < 0.001 ? "<0.001" : MetricFormat.number(p, 3);
    }
}
