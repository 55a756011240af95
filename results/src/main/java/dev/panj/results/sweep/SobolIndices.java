package dev.panj.results.sweep;

import dev.panj.results.stats.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * First-order and total Sobol' indices from a Saltelli design ({@link SaltelliSample}), with the estimators
 * Saltelli et al. (2010, table 2) recommend: for factor i, with f(A)_j, f(B)_j and f(AB_i)_j the output at
 * sample j of each block and V the variance of all f(A) and f(B),
 * <ul>
 *   <li>first order S_i = (1/N) Σ_j f(B)_j (f(AB_i)_j − f(A)_j) / V (Saltelli 2010),</li>
 *   <li>total S_Ti = (1/2N) Σ_j (f(A)_j − f(AB_i)_j)² / V (Jansen 1999).</li>
 * </ul>
 * The 95% intervals are bootstrap percentile intervals over the samples j, resampled with replacement. A sample
 * where any of its k + 2 outputs is missing is left out.
 */
final class SobolIndices {
    static final int RESAMPLES = 1000;

    /** Per factor, the first-order and the total index. */
    record Result(List<SobolIndex> first, List<SobolIndex> total) {
    }

    private SobolIndices() {
    }

    /** {@code y}: the output at each design row, in {@link SaltelliSample}'s order; {@code n}: Saltelli's N. */
    static Result of(double[] y, int k, int n, SplittableRandom random, int resamples) {
        int[] valid = validSamples(y, k, n);
        int m = valid.length;
        double[][] estimate = estimate(y, k, n, valid);
        double[][][] boot = new double[2][k][resamples];
        int[] resample = new int[m];
        for (int b = 0; b < resamples; b++) {
            for (int s = 0; s < m; s++) {
                resample[s] = valid[random.nextInt(m)];
            }
            double[][] e = estimate(y, k, n, resample);
            for (int i = 0; i < k; i++) {
                boot[0][i][b] = e[0][i];
                boot[1][i][b] = e[1][i];
            }
        }
        List<SobolIndex> first = new ArrayList<>();
        List<SobolIndex> total = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            first.add(index(estimate[0][i], boot[0][i]));
            total.add(index(estimate[1][i], boot[1][i]));
        }
        return new Result(first, total);
    }

    /** [0][i]: first-order index of factor i; [1][i]: total; over the samples listed in {@code samples}. */
    static double[][] estimate(double[] y, int k, int n, int[] samples) {
        int m = samples.length;
        double mean = 0;
        for (int j : samples) {
            mean += (y[j] + y[n + j]) / (2.0 * m);
        }
        double variance = 0;
        for (int j : samples) {
            variance += ((y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean)) / (2.0 * m);
        }
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : samples) {
                double a = y[j];
                double b = y[n + j];
                double ab = y[(2 + i) * n + j];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[0][i] = variance > 0 ? first / m / variance : Double.NaN;
            out[1][i] = variance > 0 ? total / (2.0 * m) / variance : Double.NaN;
        }
        return out;
    }

    private static int[] validSamples(double[] y, int k, int n) {
        List<Integer> valid = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int block = 0; block < k + 2 && ok; block++) {
                ok = Double.isFinite(y[block * n + j]);
            }
            if (ok) {
                valid.add(j);
            }
        }
        return valid.stream().mapToInt(Integer::intValue).toArray();
    }

    private static SobolIndex index(double value, double[] boot) {
        double[] sorted = Arrays.stream(boot).filter(Double::isFinite).sorted().toArray();
        if (Double.isNaN(value) || sorted.length == 0) {
            return new SobolIndex(value, Double.NaN, Double.NaN);
        }
        return new SobolIndex(value, Quantiles.of(sorted, 0.025), Quantiles.of(sorted, 0.975));
    }
}
