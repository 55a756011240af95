package dev.panj.results.sweep;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's (2010) sampling scheme for variance-based sensitivity: N points of a Sobol' sequence in 2k
 * dimensions (Joe and Kuo's direction numbers, as Commons Math ships them; the all-zero first point skipped)
 * give two independent matrices A (the first k coordinates) and B (the last k), and for each factor i the
 * matrix AB_i, which is A with column i taken from B. The rows are A, then B, then AB_1 … AB_k, N each:
 * N·(k + 2) points, and the row of block b (0 = A, 1 = B, 1 + i = AB_i) and sample j is b·N + j.
 */
final class SaltelliSample {

    private SaltelliSample() {
    }

    static double[][] unit(int k, int n) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] rows = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] point = sobol.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(point, 0, a, 0, k);
            System.arraycopy(point, k, b, 0, k);
            rows[j] = a;
            rows[n + j] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows[(2 + i) * n + j] = ab;
            }
        }
        return rows;
    }

    /** The block label of each row: A, B, AB1 … ABk. */
    static String block(int row, int n) {
        int b = row / n;
        return b == 0 ? "A" : b == 1 ? "B" : "AB" + (b - 1);
    }
}
