package dev.panj.results.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-replication effects averaged over replications, on made-up values worked out by hand. */
class AttributionAnalysisTest {
    /** t(0.975, 3), to 16 digits. */
    private static final double T3 = 3.182446305284263;

    /**
     * Two changes, cells ∅, A, B, AB (rows), five replications (columns); the fifth has no value in cell B, so only
     * the first four count. Per replication: A alone 2, 3, 2, 1; B alone 8 always; their interaction 4, 1, 4, 4;
     * total 14, 12, 14, 13; Shapley A 4, 3.5, 4, 3 and B 10, 8.5, 10, 10.
     */
    private static final double[][] VALUES = {
        {10, 10, 11, 9, 10},
        {12, 13, 13, 10, 12},
        {18, 18, 19, 17, Double.NaN},
        {24, 22, 25, 22, 24},
    };

    private static MetricAttribution analysed() {
        return AttributionAnalysis.of("m", AttributionDesign.factorial(2), VALUES);
    }

    @Test
    void of_usesOnlyReplicationsInWhichEveryCellHasAValue() {
        MetricAttribution a = analysed();

        assertEquals(4, a.replications());
        assertEquals(10, a.baseMean());
        assertEquals(23.25, a.targetMean());
    }

    @Test
    void of_totalDifference_isTheMeanOfThePairedDifferences_withItsStudentTInterval() {
        Estimate total = analysed().total();

        assertEquals(13.25, total.mean());
        assertEquals(Math.sqrt(2.75 / 3), total.sd(), 1e-15);
        double half = T3 * Math.sqrt(2.75 / 3) / 2;
        // Commons Math inverts the t distribution numerically, to about 1e-10 here.
        assertEquals(13.25 - half, total.ciLow(), 1e-9);
        assertEquals(13.25 + half, total.ciHigh(), 1e-9);
        assertTrue(total.p() > 0 && total.p() < 0.001, "t = 27.7 on 3 degrees of freedom: " + total.p());
    }

    @Test
    void of_shapleyValues_areAveragedPerReplication_andAddUpToTheTotal() {
        MetricAttribution a = analysed();

        assertEquals(3.625, a.shapley().get(0).mean());
        assertEquals(9.625, a.shapley().get(1).mean());
        assertEquals(0, a.residual());
        assertEquals(List.of(), a.samplingError());
    }

    @Test
    void of_factorialTerms_areTheEffectsFromTheBase_andTheAveragedEffects() {
        MetricAttribution a = analysed();

        assertEquals(List.of(1L, 2L, 3L), a.terms().stream().map(MetricAttribution.Term::mask).toList());
        assertEquals(2, a.term(1).fromBase().mean());
        assertEquals(8, a.term(2).fromBase().mean());
        assertEquals(3.25, a.term(3).fromBase().mean());
        // Averaged: A = alone + half the interaction, per replication 4, 3.5, 4, 3; AB half the interaction.
        assertEquals(3.625, a.term(1).averaged().mean());
        assertEquals(1.625, a.term(3).averaged().mean());
        assertEquals(2, a.term(3).order());
    }

    @Test
    void of_changeLast_isTheTargetLessTheTargetWithoutIt() {
        MetricAttribution a = analysed();

        // A last: AB − B = 6, 4, 6, 5; B last: AB − A = 12, 9, 12, 12.
        assertEquals(5.25, a.last().get(0).mean());
        assertEquals(11.25, a.last().get(1).mean());
    }

    @Test
    void of_sameNonZeroEffectInEveryReplication_hasPZero_andIsSignificantAfterHolm() {
        Estimate bAlone = analysed().term(2).fromBase();

        assertEquals(0, bAlone.sd());
        assertEquals(0, bAlone.p());
        assertEquals(0, bAlone.holmP());
        assertTrue(bAlone.significant());
        assertFalse(bAlone.identical());
    }

    @Test
    void of_holm_adjustsAcrossTheTermsOfTheMetric() {
        MetricAttribution a = analysed();
        Estimate alone = a.term(1).fromBase();
        Estimate interaction = a.term(3).fromBase();

        // Three tests: B (p 0) first, then the smaller of A's and AB's p times 2, the larger times 1, monotone.
        double smaller = Math.min(alone.p(), interaction.p());
        double larger = Math.max(alone.p(), interaction.p());
        assertEquals(Math.min(1, 2 * smaller), Math.min(alone.holmP(), interaction.holmP()), 1e-15);
        assertEquals(Math.max(2 * smaller, larger), Math.max(alone.holmP(), interaction.holmP()), 1e-15);
    }

    @Test
    void of_aMetricNoChangeMoves_isUnchangedAndIdentical() {
        double[][] same = {{3, 4, 5}, {3, 4, 5}, {3, 4, 5}, {3, 4, 5}};

        MetricAttribution a = AttributionAnalysis.of("m", AttributionDesign.factorial(2), same);

        assertTrue(a.unchanged());
        assertTrue(a.total().identical());
        assertTrue(a.shapley().stream().allMatch(Estimate::identical));
        assertEquals("identical", a.term(3).fromBase().verdict());
        assertEquals(1, a.term(3).fromBase().holmP());
    }

    @Test
    void of_noReplicationWithEveryCell_hasNoValues() {
        double[][] gaps = {{1, 2}, {Double.NaN, 2}, {1, Double.NaN}, {1, 2}};

        MetricAttribution a = AttributionAnalysis.of("m", AttributionDesign.factorial(2), gaps);

        assertEquals(0, a.replications());
        assertTrue(Double.isNaN(a.total().mean()));
        assertFalse(a.unchanged());
    }

    @Test
    void of_sampledOrders_giveShapleyValuesWithTheirSamplingError_andNoTerms() {
        AttributionDesign design = AttributionDesign.permutations(7, 4, 9);
        double[][] values = new double[design.cells()][3];
        for (int c = 0; c < design.cells(); c++) {
            for (int r = 0; r < 3; r++) {
                // Change i adds i + 1; replication r adds r everywhere: additive, so exact with any orders.
                double v = r;
                for (int i = 0; i < 7; i++) {
                    v += (design.mask(c) >>> i & 1) * (i + 1);
                }
                values[c][r] = v;
            }
        }

        MetricAttribution a = AttributionAnalysis.of("m", design, values);

        for (int i = 0; i < 7; i++) {
            assertEquals(i + 1, a.shapley().get(i).mean(), 1e-12);
            assertEquals(0, a.samplingError().get(i), 1e-12);
        }
        assertEquals(28, a.total().mean());
        assertEquals(List.of(), a.terms());
        assertEquals(List.of(), a.last());
    }
}
