package dev.panj.results.sweep;

import java.util.SplittableRandom;

/**
 * A Latin hypercube of n points in k dimensions: each column cuts [0, 1] into n equal strata and has exactly one
 * point, uniformly placed, in each. Of {@code candidates} random hypercubes the one whose closest two points are
 * farthest apart is kept (maximin; Johnson, Moore and Ylvisaker 1990), which avoids clumps and, in practice,
 * strong correlations between columns.
 */
public final class LatinHypercube {
    static final int CANDIDATES = 100;

    private LatinHypercube() {
    }

    public static double[][] maximin(int n, int k, int candidates, SplittableRandom random) {
        double[][] best = null;
        double bestDistance = -1;
        for (int c = 0; c < candidates; c++) {
            double[][] candidate = random(n, k, random);
            double distance = DesignQuality.minDistance(candidate);
            if (distance > bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static double[][] random(int n, int k, SplittableRandom random) {
        double[][] rows = new double[n][k];
        for (int f = 0; f < k; f++) {
            int[] strata = permutation(n, random);
            for (int p = 0; p < n; p++) {
                rows[p][f] = (strata[p] + random.nextDouble()) / n;
            }
        }
        return rows;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }
}
