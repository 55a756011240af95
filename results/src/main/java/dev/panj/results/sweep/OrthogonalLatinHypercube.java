package dev.panj.results.sweep;

/**
 * Ye's (1998) orthogonal Latin hypercube: n = 2^m + 1 runs and 2m − 2 columns, each column a permutation of the
 * levels −2^(m−1) … 2^(m−1), every two columns exactly uncorrelated, and every column uncorrelated with the
 * squares and the two-way products of all columns. For m = 4, 5, 6, 7: 6 columns in 17 runs, 8 in 33, 10 in 65,
 * 12 in 129.
 *
 * <p>The construction: with h = 2^(m−1), rows r = 0 … h−1 of the upper half T hold s_c(r) · ((r XOR t_c) + 1),
 * where the permutation of column c is an XOR mask t_c (Ye's products of the permutation matrices A_k, which
 * reverse the order within blocks) — t = 0; t = 2^j − 1 for j = 1 … m−1; t = (h − 1) XOR (2^j − 1) for
 * j = 1 … m−2 — and its signs s_c come from Ye's sign vectors a_j(r) = +1 where bit j−1 of r is set, else −1:
 * all +1; a_j for j = 1 … m−1; a_1·a_(j+1) for j = 1 … m−2. The design is T, a row of zeros, and −T. The
 * fold-over makes every column orthogonal to squares and products; the masks and signs make the columns of T
 * orthogonal to each other.
 */
final class OrthogonalLatinHypercube {

    private OrthogonalLatinHypercube() {
    }

    /** The number of columns for 2^m + 1 runs. */
    static int columns(int m) {
        return 2 * m - 2;
    }

    /** The design's levels, rows by columns, for m ≥ 2. */
    static int[][] levels(int m) {
        if (m < 2 || m > 20) {
            throw new IllegalArgumentException("m must be from 2 to 20, got " + m);
        }
        int h = 1 << (m - 1);
        int k = columns(m);
        int[] masks = new int[k];
        int[] signBits = new int[k];
        masks[0] = 0;
        signBits[0] = 0;
        for (int j = 1; j <= m - 1; j++) {
            masks[j] = (1 << j) - 1;
            signBits[j] = 1 << (j - 1);
        }
        for (int j = 1; j <= m - 2; j++) {
            masks[m - 1 + j] = (h - 1) ^ ((1 << j) - 1);
            signBits[m - 1 + j] = 1 | (1 << j);
        }
        int[][] rows = new int[2 * h + 1][k];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < k; c++) {
                int value = sign(r, signBits[c]) * ((r ^ masks[c]) + 1);
                rows[r][c] = value;
                rows[2 * h - r][c] = -value;
            }
        }
        return rows;
    }

    /** The product of the sign vectors a_j whose bits are set in {@code bits}, at row r. */
    private static int sign(int r, int bits) {
        int sign = 1;
        for (int bit = 0; bit < 31; bit++) {
            if ((bits & (1 << bit)) != 0 && (r & (1 << bit)) == 0) {
                sign = -sign;
            }
        }
        return sign;
    }
}
