package dev.panj.results.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The algebra of attribution on made-up cell values whose effects are known exactly. Values are chosen so that
 * every intermediate result is a binary fraction, so the expected values hold to the last bit unless noted.
 */
class FactorialAndShapleyTest {

    /** Two changes: A alone +2, B alone +8, both +14: the parts do not add up by 4. Cells by mask: ∅, A, B, AB. */
    private static final double[] TWO = {10, 12, 18, 24};

    @Test
    void fromBase_twoChanges_areEachAloneAndWhatTheyAddTogether() {
        assertArrayEquals(new double[] {10, 2, 8, 4}, FactorialEffects.fromBase(TWO));
    }

    @Test
    void averaged_twoChanges_areTheClassicalFactorialEffects() {
        // A: ((12 − 10) + (24 − 18)) / 2 = 4; B: ((18 − 10) + (24 − 12)) / 2 = 10; AB: (24 − 18 − 12 + 10) / 2 = 2.
        assertArrayEquals(new double[] {16, 4, 10, 2}, FactorialEffects.averaged(FactorialEffects.fromBase(TWO)));
    }

    @Test
    void shapley_twoChanges_splitTheInteractionEqually() {
        assertArrayEquals(new double[] {4, 10}, ShapleyValues.exact(FactorialEffects.fromBase(TWO), 2));
    }

    @Test
    void effects_additiveChanges_haveNoInteraction_andShapleyIsEachChange() {
        double[] a = {1, 2, 4};
        double[] y = new double[8];
        for (int s = 0; s < 8; s++) {
            y[s] = 5;
            for (int i = 0; i < 3; i++) {
                y[s] += (s >> i & 1) * a[i];
            }
        }
        double[] m = FactorialEffects.fromBase(y);

        assertArrayEquals(new double[] {5, 1, 2, 0, 4, 0, 0, 0}, m);
        assertArrayEquals(a, ShapleyValues.exact(m, 3));
        double[] e = FactorialEffects.averaged(m);
        assertArrayEquals(new double[] {1, 2, 4}, new double[] {e[1], e[2], e[4]});
        assertArrayEquals(new double[] {0, 0, 0, 0}, new double[] {e[3], e[5], e[6], e[7]});
    }

    @Test
    void effects_onlyAllThreeTogether_isAThreeWayInteraction() {
        double[] y = {0, 0, 0, 0, 0, 0, 0, 1};
        double[] m = FactorialEffects.fromBase(y);

        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 1}, m);
        // Every classical effect of an indicator of the full set is 1 / 2^(k-1) = 1/4; the grand mean 1/8.
        assertArrayEquals(new double[] {0.125, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25}, FactorialEffects.averaged(m));
        double third = 1.0 / 3;
        assertArrayEquals(new double[] {third, third, third}, ShapleyValues.exact(m, 3), 1e-15);
    }

    @Test
    void shapley_gloveGame_isTwoThirdsAndOneSixthEach() {
        // Change 0 holds a left glove, 1 and 2 a right glove each: a pair is worth 1 (Shapley 1953's example).
        double[] y = new double[8];
        for (int s = 0; s < 8; s++) {
            y[s] = (s & 1) != 0 && (s & 6) != 0 ? 1 : 0;
        }

        double[] phi = ShapleyValues.exact(FactorialEffects.fromBase(y), 3);

        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, phi, 1e-15);
    }

    @Test
    void sampled_overEveryOrder_isExact() {
        double[] y = new double[8];
        for (int s = 0; s < 8; s++) {
            y[s] = (s & 1) != 0 && (s & 6) != 0 ? 1 : 0;
        }
        List<int[]> all = List.of(new int[] {0, 1, 2}, new int[] {2, 1, 0}, new int[] {0, 2, 1}, new int[] {1, 2, 0},
                new int[] {1, 0, 2}, new int[] {2, 0, 1});

        double[] phi = ShapleyValues.sampled(all, 3, mask -> y[(int) mask]);

        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}, phi, 1e-15);
        // Every order is drawn once with its reverse: the spread of the pairs' averages is 1/6 for the left glove.
        double[] se = ShapleyValues.samplingError(all, 3, mask -> y[(int) mask]);
        assertEquals(Math.sqrt(1.0 / 12) / Math.sqrt(3), se[0], 1e-15);
    }

    @Test
    void shapley_sumsToTheTotalDifference_toMachinePrecision_forAnyValues() {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 200; trial++) {
            int k = 1 + random.nextInt(6);
            double[] y = new double[1 << k];
            double scale = Math.pow(10, random.nextInt(-3, 6));
            for (int s = 0; s < y.length; s++) {
                y[s] = scale * random.nextDouble(-1, 1);
            }
            double[] phi = ShapleyValues.exact(FactorialEffects.fromBase(y), k);
            double sum = 0;
            for (double v : phi) {
                sum += v;
            }
            double total = y[y.length - 1] - y[0];
            // Each value is a sum of at most 2^k terms of size at most 2^k · scale, each rounded once.
            assertEquals(total, sum, 64 * (1 << k) * Math.ulp(scale), "k = " + k + ", trial " + trial);
        }
    }

    @Test
    void sampled_sumsToTheTotalDifference_inEveryReplication() {
        AttributionDesign design = AttributionDesign.permutations(9, 16, 3);
        SplittableRandom random = new SplittableRandom(5);
        double[] y = new double[design.cells()];
        for (int c = 0; c < y.length; c++) {
            y[c] = 100 * random.nextDouble();
        }

        double[] phi = ShapleyValues.sampled(design.permutations(), 9, mask -> y[design.cellOf(mask)]);

        double sum = 0;
        for (double v : phi) {
            sum += v;
        }
        assertEquals(y[design.cellOf(design.full())] - y[design.cellOf(0)], sum, 1e-12);
    }

    @Test
    void sampled_additiveChanges_haveNoSamplingError() {
        AttributionDesign design = AttributionDesign.permutations(8, 8, 11);
        double[] y = new double[design.cells()];
        for (int c = 0; c < y.length; c++) {
            y[c] = 3 + Long.bitCount(design.mask(c) & 0b1010_1010) * 0.5 + Long.bitCount(design.mask(c) & 0b0101_0101);
        }

        double[] phi = ShapleyValues.sampled(design.permutations(), 8, mask -> y[design.cellOf(mask)]);
        double[] se = ShapleyValues.samplingError(design.permutations(), 8, mask -> y[design.cellOf(mask)]);

        assertArrayEquals(new double[] {1, 0.5, 1, 0.5, 1, 0.5, 1, 0.5}, phi);
        assertArrayEquals(new double[8], se);
    }

    @Test
    void design_factorial_isEveryMask_andPermutations_comeWithTheirReverse() {
        AttributionDesign factorial = AttributionDesign.factorial(3);
        assertEquals(8, factorial.cells());
        assertEquals(5, factorial.cellOf(5));
        assertEquals(7, factorial.full());

        AttributionDesign sampled = AttributionDesign.permutations(7, 6, 42);
        List<int[]> orders = sampled.permutations();
        assertEquals(6, orders.size());
        for (int p = 0; p < orders.size(); p += 2) {
            int[] reverse = new int[7];
            for (int i = 0; i < 7; i++) {
                reverse[i] = orders.get(p)[6 - i];
            }
            assertArrayEquals(reverse, orders.get(p + 1));
        }
        List<Long> cells = new ArrayList<>();
        for (int c = 0; c < sampled.cells(); c++) {
            cells.add(sampled.mask(c));
        }
        assertEquals(0L, cells.get(0));
        assertEquals(127L, cells.get(cells.size() - 1));
        for (int[] order : orders) {
            long mask = 0;
            for (int change : order) {
                mask |= 1L << change;
                assertEquals(true, sampled.cellOf(mask) >= 0, "prefix " + mask + " is a cell");
            }
        }
        // Three pairs of orders, each order 6 proper non-empty prefixes, plus base and target.
        assertEquals(true, sampled.cells() <= 3 * 2 * 6 + 2);
        assertArrayEquals(orders.get(0), AttributionDesign.permutations(7, 6, 42).permutations().get(0));
    }
}
