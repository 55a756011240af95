package dev.panj.results.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DesignsTest {

    private static List<Factor> ranges(int k) {
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            factors.add(Factor.range("x" + (i + 1), "", false, 0, 1));
        }
        return factors;
    }

    private static Design design(DesignKind kind, Integer points, int k) throws SweepException {
        return Designs.create(new DesignSettings(kind, points, 3, 7), ranges(k));
    }

    private static double[][] asDoubles(int[][] levels) {
        return Arrays.stream(levels).map(row -> Arrays.stream(row).asDoubleStream().toArray()).toArray(double[][]::new);
    }

    @Test
    void lhs_everyFactor_hasExactlyOnePointInEachStratum() throws SweepException {
        Design lhs = design(DesignKind.LHS, 40, 6);

        for (int f = 0; f < 6; f++) {
            int[] perStratum = new int[40];
            for (double[] row : lhs.unit()) {
                perStratum[(int) Math.floor(row[f] * 40)]++;
            }
            int[] ones = new int[40];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, perStratum, "factor " + f);
        }
    }

    @Test
    void lhs_maximin_keepsTheCandidateWhoseClosestPointsAreFarthestApart() {
        double maximin = DesignQuality.minDistance(LatinHypercube.maximin(20, 4, 100, new SplittableRandom(3)));

        // The 100 candidates it chose among are the next 100 random hypercubes of the same stream.
        SplittableRandom same = new SplittableRandom(3);
        double best = 0;
        double first = Double.NaN;
        for (int c = 0; c < 100; c++) {
            double d = DesignQuality.minDistance(LatinHypercube.random(20, 4, same));
            first = c == 0 ? d : first;
            best = Math.max(best, d);
        }
        assertEquals(best, maximin);
        assertTrue(maximin > first, "the best of 100 (" + maximin + ") should beat the first (" + first + ")");
    }

    @Test
    void lhs_maximin_spreadsPointsBetterThanAlmostEveryRandomHypercube() {
        double maximin = DesignQuality.minDistance(LatinHypercube.maximin(20, 4, 100, new SplittableRandom(3)));

        // The best of 100 beats an independent random hypercube with probability 100/101: of 200 (fixed seeds),
        // about 198; at least 190 is far below that and far above the 100 of a design no better than random.
        int beaten = 0;
        for (int seed = 100; seed < 300; seed++) {
            if (maximin > DesignQuality.minDistance(LatinHypercube.random(20, 4, new SplittableRandom(seed)))) {
                beaten++;
            }
        }
        assertTrue(beaten >= 190, "beats only " + beaten + " of 200 random hypercubes");
    }

    @Test
    void lhs_sameSeed_sameDesign() throws SweepException {
        assertTrue(Arrays.deepEquals(design(DesignKind.LHS, 12, 3).unit(), design(DesignKind.LHS, 12, 3).unit()));
    }

    @Test
    void ye_everySize_isALatinHypercubeWithExactlyUncorrelatedColumns() {
        for (int m = 2; m <= 8; m++) {
            int[][] levels = OrthogonalLatinHypercube.levels(m);
            int h = 1 << (m - 1);
            assertEquals(2 * h + 1, levels.length);
            assertEquals(2 * m - 2, levels[0].length);
            for (int c = 0; c < levels[0].length; c++) {
                int column = c;
                int[] sorted = Arrays.stream(levels).mapToInt(row -> row[column]).sorted().toArray();
                assertArrayEquals(java.util.stream.IntStream.rangeClosed(-h, h).toArray(), sorted, "m " + m);
            }
            // Integer levels: the dot products are exact, so orthogonal means exactly 0.
            for (int a = 0; a < levels[0].length; a++) {
                for (int b = a + 1; b < levels[0].length; b++) {
                    long dot = 0;
                    for (int[] row : levels) {
                        dot += (long) row[a] * row[b];
                    }
                    assertEquals(0, dot, "m " + m + " columns " + a + ", " + b);
                }
            }
        }
    }

    @Test
    void ye_columns_areUncorrelatedWithSquaresAndProducts() {
        int[][] levels = OrthogonalLatinHypercube.levels(5);
        int k = levels[0].length;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                for (int c = b; c < k; c++) {
                    long dot = 0;
                    for (int[] row : levels) {
                        dot += (long) row[a] * row[b] * row[c];
                    }
                    assertEquals(0, dot, a + " against " + b + "·" + c);
                }
            }
        }
    }

    @Test
    void nolh_cioppaLucasSizes_keepEveryCorrelationBelowTheirBound() {
        int[][] sizes = {{17, 7}, {33, 11}, {65, 16}, {129, 22}};
        for (int[] size : sizes) {
            for (long seed = 1; seed <= 3; seed++) {
                double[][] levels = asDoubles(NearlyOrthogonalLatinHypercube.levels(size[1], size[0],
                        new SplittableRandom(seed)));
                double worst = DesignQuality.maxAbsCorrelation(levels);
                assertTrue(worst <= NearlyOrthogonalLatinHypercube.TARGET_CORRELATION,
                        size[0] + " runs, " + size[1] + " columns, seed " + seed + ": " + worst);
            }
        }
    }

    @Test
    void nolh_tenFactors_takesThirtyThreePointsInTheUnitCube() throws SweepException {
        Design nolh = design(DesignKind.NOLH, null, 10);

        assertEquals(33, nolh.size());
        assertTrue(nolh.quality().maxAbsCorrelation() <= 0.03, "max |r| " + nolh.quality().maxAbsCorrelation());
        for (int f = 0; f < 10; f++) {
            int column = f;
            double[] sorted = Arrays.stream(nolh.unit()).mapToDouble(row -> row[column]).sorted().toArray();
            for (int p = 0; p < 33; p++) {
                assertEquals(p / 32.0, sorted[p], 1e-12, "factor " + f + " levels evenly spaced from 0 to 1");
            }
        }
    }

    @Test
    void nolh_tooManyFactorsForThePoints_saysHowManyFit() {
        SweepException e = assertThrows(SweepException.class, () -> design(DesignKind.NOLH, 17, 9));

        assertEquals("--design nolh with 17 points takes at most 7 factors, found 9; use --points 33 or more",
                e.getMessage());
    }

    @Test
    void nolh_pointsNotTwoToTheMPlusOne_isRefused() {
        SweepException e = assertThrows(SweepException.class, () -> design(DesignKind.NOLH, 30, 3));

        assertEquals("--points for --design nolh must be 2^m + 1 (9, 17, 33, 65, 129, 257), but was 30", e.getMessage());
    }

    @Test
    void full_threeLevelsOfTwoRangesAndTwoLevels_givesEighteenCombinations() throws SweepException {
        List<Factor> factors = new ArrayList<>(ranges(2));
        factors.add(Factor.levels("mode", "", List.of("a", "b"), List.of(0.0, 1.0), false));

        Design full = Designs.create(new DesignSettings(DesignKind.FULL, null, 3, 1), factors);

        assertEquals(18, full.size());
        assertEquals(List.of("0", "0", "a"), full.values(0).stream().map(FactorValue::label).toList());
        assertEquals(List.of("0.5", "0", "b"), full.values(7).stream().map(FactorValue::label).toList());
        assertEquals(List.of("1", "1", "b"), full.values(17).stream().map(FactorValue::label).toList());
    }

    @Test
    void sobol_abBlocks_areATakingOneColumnFromB() throws SweepException {
        Design sobol = design(DesignKind.SOBOL, 16, 3);
        double[][] u = sobol.unit();

        assertEquals(16 * 5, sobol.size());
        assertEquals(List.of("A", "B", "AB1", "AB2", "AB3"),
                List.of(sobol.blocks().get(0), sobol.blocks().get(16), sobol.blocks().get(32), sobol.blocks().get(48),
                        sobol.blocks().get(64)));
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 3; i++) {
                for (int c = 0; c < 3; c++) {
                    double expected = c == i ? u[16 + j][c] : u[j][c];
                    assertEquals(expected, u[(2 + i) * 16 + j][c], "AB" + (i + 1) + " sample " + j + " column " + c);
                }
            }
        }
    }

    @Test
    void sobol_pointsNotAPowerOfTwo_isRefused() {
        assertThrows(SweepException.class, () -> design(DesignKind.SOBOL, 48, 3));
    }

    @Test
    void factor_wholeRange_givesEachWholeValueAnEqualShare() {
        Factor garrison = Factor.range("posts[a].garrison", "", true, 10, 13);

        assertEquals(List.of("10", "10", "11", "12", "13", "13"), java.util.stream.DoubleStream.of(0, 0.2, 0.3, 0.6, 0.9, 1)
                .mapToObj(u -> garrison.at(u).text()).toList());
    }

    @Test
    void factor_range_writesItsUnitAndSixSignificantDigits() {
        Factor delay = Factor.range("csto.decisionDelay", "h", false, 6, 120);

        assertEquals("6 h", delay.at(0).text());
        assertEquals("120 h", delay.at(1).text());
        assertEquals("20.0741 h", delay.at(0.123456789).text());
    }
}
