package dev.panj.results.sweep;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranks from 1 to n, ties sharing the mean of their ranks (as Spearman's and partial rank correlations use them). */
final class Ranks {

    private Ranks() {
    }

    static double[] of(double[] values) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                ranks[order[t]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
