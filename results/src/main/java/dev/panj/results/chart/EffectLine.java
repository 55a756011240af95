package dev.panj.results.chart;

import java.awt.Color;

/**
 * One factor's main effect: at each of its settings (in the factor's own unit, or positions 0, 1, 2 … of named
 * levels) the metric's mean over the design points there, with its 95% confidence interval.
 *
 * @param factor    the factor's name, as the panel's title
 * @param axisLabel the factor axis's label, with its unit
 * @param colour    the factor's colour, the same in every chart of a report
 * @param levels    the names of the levels for a factor whose levels are not numbers (x = 0, 1, 2 …), else null
 */
public record EffectLine(String factor, String axisLabel, Color colour, double[] x, double[] mean, double[] low,
                         double[] high, String[] levels) {
    public EffectLine {
        if (mean.length != x.length || low.length != x.length || high.length != x.length) {
            throw new IllegalArgumentException("effect of " + factor + " has columns of different lengths");
        }
    }

    public boolean categorical() {
        return levels != null;
    }
}
