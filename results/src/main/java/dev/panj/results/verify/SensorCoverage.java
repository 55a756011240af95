package dev.panj.results.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Detection by fixed definite-range sensors of targets crossing the border perpendicularly at a uniform
 * chainage (analytic-limits.md 1.4a and 4): a crosser at chainage x passes within range of the sensors with
 * |x − xᵢ| < Rᵢ and escapes each independently with 1 − gᵢ, so P = average over x of 1 − Π(1 − gᵢ).
 */
final class SensorCoverage {
    /** A sensor's chainage, range and in-range detection probability. */
    record Sensor(double chainage, double range, double probability) {
    }

    private SensorCoverage() {
    }

    /** A line of sensors every S km with range R and probability g, over one period: g·2R/S without overlap. */
    static double line(double range, double spacing, double probability) {
        List<Sensor> sensors = new ArrayList<>();
        int reach = (int) Math.ceil(range / spacing) + 1;
        for (int i = -reach; i <= reach; i++) {
            sensors.add(new Sensor(i * spacing, range, probability));
        }
        return average(sensors, 0, spacing);
    }

    /** Independent layers of probabilities pᵢ: 1 − Π(1 − pᵢ). */
    static double layers(List<Double> probabilities) {
        double escape = 1;
        for (double p : probabilities) {
            escape *= 1 - p;
        }
        return 1 - escape;
    }

    /** P averaged exactly over crossers uniform on [from, to]: the integrand is constant between range edges. */
    static double average(List<Sensor> sensors, double from, double to) {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty crossing range [" + from + ", " + to + "]");
        }
        TreeSet<Double> cuts = new TreeSet<>(List.of(from, to));
        for (Sensor s : sensors) {
            for (double edge : new double[] {s.chainage() - s.range(), s.chainage() + s.range()}) {
                if (edge > from && edge < to) {
                    cuts.add(edge);
                }
            }
        }
        double sum = 0;
        Double previous = null;
        for (double cut : cuts) {
            if (previous != null) {
                sum += (cut - previous) * detection(sensors, (previous + cut) / 2);
            }
            previous = cut;
        }
        return sum / (to - from);
    }

    private static double detection(List<Sensor> sensors, double x) {
        double escape = 1;
        for (Sensor s : sensors) {
            if (Math.abs(x - s.chainage()) < s.range()) {
                escape *= 1 - s.probability();
            }
        }
        return 1 - escape;
    }
}
