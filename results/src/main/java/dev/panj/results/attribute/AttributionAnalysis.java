package dev.panj.results.attribute;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * The statistics of one metric from the values of every cell in every replication. Every cell ran replication r
 * with the same seed, so within a replication the cells differ only by their changes: effects and Shapley values
 * are computed in each replication, then averaged over the replications with a Student t interval (the
 * replications are independent, the cells within one are not). A replication enters only if every cell completed
 * it with a value of the metric.
 */
final class AttributionAnalysis {
    private AttributionAnalysis() {
    }

    /** {@code values[cell][r]}: the metric in replication r of cell {@code cell} (NaN: no value, or failed). */
    static MetricAttribution of(String metric, AttributionDesign design, double[][] values) {
        int k = design.changes();
        int base = design.cellOf(0);
        int target = design.cellOf(design.full());
        List<Integer> used = usable(values);
        int n = used.size();
        double[][] y = new double[n][];
        boolean unchanged = true;
        for (int j = 0; j < n; j++) {
            y[j] = new double[design.cells()];
            for (int c = 0; c < design.cells(); c++) {
                y[j][c] = values[c][used.get(j)];
                unchanged &= y[j][c] == y[j][base];
            }
        }
        double[] totals = new double[n];
        double[][] shapley = new double[k][n];
        for (int j = 0; j < n; j++) {
            totals[j] = y[j][target] - y[j][base];
        }
        List<MetricAttribution.Term> terms = new ArrayList<>();
        List<Estimate> last = new ArrayList<>();
        List<Double> samplingError = new ArrayList<>();
        if (design.kind() == AttributionDesign.Kind.FACTORIAL) {
            int cells = design.cells();
            double[][] fromBase = new double[cells][n];
            double[][] averaged = new double[cells][n];
            double[][] lastValues = new double[k][n];
            for (int j = 0; j < n; j++) {
                double[] m = FactorialEffects.fromBase(y[j]);
                double[] e = FactorialEffects.averaged(m);
                double[] phi = ShapleyValues.exact(m, k);
                for (int t = 1; t < cells; t++) {
                    fromBase[t][j] = m[t];
                    averaged[t][j] = e[t];
                }
                for (int i = 0; i < k; i++) {
                    shapley[i][j] = phi[i];
                    lastValues[i][j] = y[j][cells - 1] - y[j][(cells - 1) ^ (1 << i)];
                }
            }
            List<Estimate> fromBaseFamily = new ArrayList<>();
            List<Estimate> averagedFamily = new ArrayList<>();
            for (int t = 1; t < cells; t++) {
                fromBaseFamily.add(Estimate.of(fromBase[t]));
                averagedFamily.add(Estimate.of(averaged[t]));
            }
            fromBaseFamily = Estimate.holm(fromBaseFamily);
            averagedFamily = Estimate.holm(averagedFamily);
            for (int t = 1; t < cells; t++) {
                terms.add(new MetricAttribution.Term(t, fromBaseFamily.get(t - 1), averagedFamily.get(t - 1)));
            }
            List<Estimate> lastFamily = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                lastFamily.add(Estimate.of(lastValues[i]));
            }
            last = Estimate.holm(lastFamily);
        } else {
            List<int[]> orders = design.permutations();
            for (int j = 0; j < n; j++) {
                double[] row = y[j];
                double[] phi = ShapleyValues.sampled(orders, k, mask -> row[design.cellOf(mask)]);
                for (int i = 0; i < k; i++) {
                    shapley[i][j] = phi[i];
                }
            }
            if (n > 0) {
                double[] means = new double[design.cells()];
                for (int c = 0; c < means.length; c++) {
                    int cell = c;
                    means[c] = new Mean().evaluate(java.util.Arrays.stream(y).mapToDouble(row -> row[cell]).toArray());
                }
                for (double se : ShapleyValues.samplingError(orders, k, mask -> means[design.cellOf(mask)])) {
                    samplingError.add(se);
                }
            } else {
                for (int i = 0; i < k; i++) {
                    samplingError.add(Double.NaN);
                }
            }
        }
        List<Estimate> shapleyFamily = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < k; i++) {
            Estimate e = Estimate.of(shapley[i]);
            shapleyFamily.add(e);
            sum += e.mean();
        }
        // The difference is one test of its own: a family of one.
        Estimate total = Estimate.holm(List.of(Estimate.of(totals))).get(0);
        double baseMean = n == 0 ? Double.NaN : new Mean().evaluate(column(y, base));
        double targetMean = n == 0 ? Double.NaN : new Mean().evaluate(column(y, target));
        return new MetricAttribution(metric, n, baseMean, targetMean, total, Estimate.holm(shapleyFamily),
                samplingError, last, terms, n == 0 ? Double.NaN : sum - total.mean(), n > 0 && unchanged);
    }

    /** The replications in which every cell has a value. */
    private static List<Integer> usable(double[][] values) {
        List<Integer> used = new ArrayList<>();
        int replications = values[0].length;
        for (int r = 0; r < replications; r++) {
            boolean complete = true;
            for (double[] cell : values) {
                complete &= !Double.isNaN(cell[r]);
            }
            if (complete) {
                used.add(r);
            }
        }
        return used;
    }

    private static double[] column(double[][] y, int cell) {
        double[] out = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            out[j] = y[j][cell];
        }
        return out;
    }
}
