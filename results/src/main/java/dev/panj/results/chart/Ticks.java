package dev.panj.results.chart;

import dev.panj.results.MetricFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick marks for an axis at "nice" steps (1, 2, 2.5 or 5 times a power of ten), and the range they span, which
 * encloses the data: the axis starts and ends on a tick.
 *
 * @param lower    the first tick, at or below the data's lowest value
 * @param upper    the last tick, at or above the highest
 * @param step     the distance between ticks
 * @param decimals the decimals a tick label needs
 */
public record Ticks(double lower, double upper, double step, int decimals) {
    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    /** At most {@code maxTicks} ticks covering [low, high]; an empty range is widened around its value. */
    public static Ticks covering(double low, double high, int maxTicks) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            low = 0;
            high = 1;
        }
        if (high < low) {
            double t = low;
            low = high;
            high = t;
        }
        if (high - low < 1e-12 * Math.max(1, Math.abs(high))) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        int intervals = Math.max(1, maxTicks - 1);
        double raw = (high - low) / intervals;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double nice : NICE) {
            double candidate = nice * magnitude;
            if (Math.floor(high / candidate + 1e-9) - Math.ceil(low / candidate - 1e-9) + 1 <= maxTicks + 1
                    && (Math.ceil(high / candidate - 1e-9) - Math.floor(low / candidate + 1e-9)) <= intervals) {
                step = candidate;
                break;
            }
        }
        double first = Math.floor(low / step + 1e-9) * step;
        double last = Math.ceil(high / step - 1e-9) * step;
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(step / Math.pow(10, -decimals) - Math.rint(step / Math.pow(10, -decimals))) > 1e-6) {
            decimals++;
        }
        return new Ticks(clean(first), clean(last), step, decimals);
    }

    /** The tick values from {@link #lower} to {@link #upper}. */
    public List<Double> values() {
        List<Double> values = new ArrayList<>();
        long n = Math.round((upper - lower) / step);
        for (long i = 0; i <= n; i++) {
            values.add(clean(lower + i * step));
        }
        return values;
    }

    /** A tick's label, with the minus sign U+2212. */
    public String label(double value) {
        return MetricFormat.number(value, decimals);
    }

    /** Removes floating-point dust such as 0.30000000000000004 and negative zero. */
    private static double clean(double value) {
        double rounded = Math.round(value * 1e9) / 1e9;
        return rounded == 0 ? 0 : rounded;
    }
}
