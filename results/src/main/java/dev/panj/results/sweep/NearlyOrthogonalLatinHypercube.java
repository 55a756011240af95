package dev.panj.results.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A nearly orthogonal Latin hypercube for many factors in few runs, in the spirit of Cioppa and Lucas (2007):
 * the first columns are Ye's exactly orthogonal ones ({@link OrthogonalLatinHypercube}); further columns keep
 * Ye's fold-over form (an upper half T of signed levels 1 … h, a row of zeros, −T), so each is a Latin hypercube
 * column and uncorrelated with all squares and two-way products, and are found by a local search over signed
 * permutations that drives their correlations with the columns before them to at most
 * {@value #TARGET_CORRELATION} (Cioppa and Lucas's criterion). Runs are 2^m + 1: 9, 17, 33, 65, 129, 257.
 */
final class NearlyOrthogonalLatinHypercube {
    /** Cioppa and Lucas's bound on the absolute correlation between two columns of a nearly orthogonal design. */
    static final double TARGET_CORRELATION = 0.03;
    /** Where the search stops early: well inside the bound, as long as it stays cheap. */
    private static final double GOAL_CORRELATION = 0.005;
    /** Columns that fit each size (index m), as Cioppa and Lucas's tables: 7 in 17 runs, 11 in 33, 16 in 65... */
    private static final int[] CAPACITY = {0, 0, 2, 4, 7, 11, 16, 22, 29};
    private static final int RESTARTS = 400;
    private static final int STEPS = 4_000;

    private NearlyOrthogonalLatinHypercube() {
    }

    /** The most factors a design of {@code runs} (2^m + 1) points takes. */
    static int capacity(int runs) {
        int m = exponent(runs);
        return m < 0 ? 0 : m < CAPACITY.length ? CAPACITY[m] : OrthogonalLatinHypercube.columns(m);
    }

    /** The smallest size 2^m + 1 (at least 17) that takes {@code k} factors. */
    static int runsFor(int k) {
        for (int m = 4; ; m++) {
            int runs = (1 << m) + 1;
            if (capacity(runs) >= k) {
                return runs;
            }
        }
    }

    /** m when runs = 2^m + 1 with m ≥ 2, else −1. */
    static int exponent(int runs) {
        int h = runs - 1;
        if (runs < 5 || Integer.bitCount(h) != 1) {
            return -1;
        }
        return Integer.numberOfTrailingZeros(h);
    }

    /** The design's levels (−h … h), {@code runs} rows by {@code k} columns. */
    static int[][] levels(int k, int runs, SplittableRandom random) {
        int m = exponent(runs);
        if (m < 0 || k > capacity(runs)) {
            throw new IllegalArgumentException(k + " columns in " + runs + " runs");
        }
        int h = 1 << (m - 1);
        int[][] ye = OrthogonalLatinHypercube.levels(m);
        List<int[]> half = new ArrayList<>();
        for (int c = 0; c < Math.min(k, ye[0].length); c++) {
            int[] column = new int[h];
            for (int r = 0; r < h; r++) {
                column[r] = ye[r][c];
            }
            half.add(column);
        }
        while (half.size() < k) {
            half.add(column(half, h, random));
        }
        int[][] rows = new int[runs][k];
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < h; r++) {
                rows[r][c] = half.get(c)[r];
                rows[2 * h - r][c] = -half.get(c)[r];
            }
        }
        return rows;
    }

    /**
     * A signed permutation of 1 … h whose dot products with the given columns are small: random starts, each
     * improved by swapping two entries or flipping a sign whenever that does not raise the sum of squared dot
     * products; the start with the smallest largest dot product wins, and the search stops at the target.
     */
    private static int[] column(List<int[]> columns, int h, SplittableRandom random) {
        long norm = (long) h * (h + 1) * (2L * h + 1) / 6;
        double target = GOAL_CORRELATION * norm;
        int[] best = null;
        long bestMax = Long.MAX_VALUE;
        for (int restart = 0; restart < RESTARTS && bestMax > target; restart++) {
            int[] y = start(h, random);
            long[] dots = dots(columns, y);
            long score = sumOfSquares(dots);
            long[] trial = new long[dots.length];
            for (int step = 0; step < STEPS && maxAbs(dots) > target; step++) {
                int p = random.nextInt(h);
                int q = random.nextInt(h);
                boolean flip = p == q || random.nextBoolean();
                for (int c = 0; c < dots.length; c++) {
                    int[] x = columns.get(c);
                    trial[c] = flip ? dots[c] - 2L * y[p] * x[p] : dots[c] + (long) (y[q] - y[p]) * (x[p] - x[q]);
                }
                long trialScore = sumOfSquares(trial);
                if (trialScore <= score) {
                    if (flip) {
                        y[p] = -y[p];
                    } else {
                        int t = y[p];
                        y[p] = y[q];
                        y[q] = t;
                    }
                    System.arraycopy(trial, 0, dots, 0, dots.length);
                    score = trialScore;
                }
            }
            long max = maxAbs(dots);
            if (max < bestMax) {
                best = y.clone();
                bestMax = max;
            }
        }
        return best;
    }

    private static int[] start(int h, SplittableRandom random) {
        int[] order = LatinHypercube.permutation(h, random);
        int[] y = new int[h];
        for (int r = 0; r < h; r++) {
            y[r] = (order[r] + 1) * (random.nextBoolean() ? 1 : -1);
        }
        return y;
    }

    private static long[] dots(List<int[]> columns, int[] y) {
        long[] dots = new long[columns.size()];
        for (int c = 0; c < dots.length; c++) {
            int[] x = columns.get(c);
            for (int r = 0; r < y.length; r++) {
                dots[c] += (long) x[r] * y[r];
            }
        }
        return dots;
    }

    private static long sumOfSquares(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v * v;
        }
        return sum;
    }

    private static long maxAbs(long[] values) {
        long max = 0;
        for (long v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
