package dev.panj.results.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.metrics.MetricNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonResultTest {
    @Test
    void run_scenarioAgainstACopyOfItself_givesExactlyZeroAndNothingSignificant() throws Exception {
        ComparisonResult result = CompareFixtures.comparison(CompareFixtures.spec("straight-test", 12,
                CompareFixtures.renamedCopy("straight-test"), CompareFixtures.renamedCopy("copy"))).run().result();

        ScenarioComparison c = result.comparison("copy");
        assertEquals(12, c.commonReplications());
        for (PairedDifference d : c.differences()) {
            if (d.pairs() < 2) {
                // No replication has a value (the CSTO's activation time), or one has (a median time to detection
                // that only one run reaches): no interval from fewer than two pairs.
                continue;
            }
            assertEquals(0, d.mean(), d.metric());
            assertEquals(0, d.ciLow(), d.metric());
            assertEquals(0, d.ciHigh(), d.metric());
            assertEquals(1, d.holmP(), d.metric());
            assertFalse(d.significant(), d.metric());
        }
        assertEquals(0, c.holmFamily());
    }

    @Test
    void run_baselineSwapped_flipsEverySignExactly() throws Exception {
        LoadedScenario strong = CompareFixtures.renamedCopy("strong");
        LoadedScenario weak = CompareFixtures.weakerSensors();

        ComparisonResult weakVsStrong = CompareFixtures.comparison(CompareFixtures.spec("strong", 15, strong, weak))
                .run().result();
        ComparisonResult strongVsWeak = CompareFixtures.comparison(CompareFixtures.spec("weak", 15, strong, weak))
                .run().result();

        List<PairedDifference> forward = weakVsStrong.comparison("weak").differences();
        List<PairedDifference> backward = strongVsWeak.comparison("strong").differences();
        assertTrue(forward.stream().anyMatch(d -> d.mean() != 0), "the sensors must make some difference");
        for (int m = 0; m < forward.size(); m++) {
            PairedDifference f = forward.get(m);
            PairedDifference b = backward.get(m);
            assertEquals(f.pairs(), b.pairs(), f.metric());
            // Delta 0: exactly equal, with 0 and −0 counted equal.
            assertEquals(-f.mean(), b.mean(), 0, f.metric());
            assertEquals(-f.ciHigh(), b.ciLow(), 0, f.metric());
            assertEquals(-f.ciLow(), b.ciHigh(), 0, f.metric());
            assertEquals(-f.effectSize(), b.effectSize(), 0, f.metric());
            assertEquals(f.tTestP(), b.tTestP(), f.metric());
            assertEquals(f.wilcoxonP(), b.wilcoxonP(), f.metric());
            assertEquals(f.holmP(), b.holmP(), f.metric());
            assertEquals(f.varianceReduction(), b.varianceReduction(), f.metric());
        }
    }

    @Test
    void run_barrier2015Variants_pairingReducesTheVarianceOfTheDifferences() throws Exception {
        // 16 replications of 72 h each take a few seconds; the factors are 2 to 20 (1.9 at the least in 30
        // replications), so even 16 keep them well above 1.
        ComparisonResult result = CompareFixtures.comparison(CompareFixtures.spec("barrier-2015-national", 16,
                ScenarioLibrary.load("barrier-2015-national"), ScenarioLibrary.load("barrier-2015"))).run().result();

        ScenarioComparison c = result.comparison("barrier-2015");
        for (String metric : List.of(MetricNames.MILITANTS_CROSSED, MetricNames.MILITANTS_INTERDICTED,
                MetricNames.MILITANTS_LEAKED, MetricNames.INTERDICTION_RATE, MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H,
                MetricNames.ENGAGEMENTS, MetricNames.FORCE_HOURS)) {
            double factor = c.difference(metric).varianceReduction();
            assertTrue(factor > 1, metric + ": " + factor);
        }
        // The exercise's cooperation does not change who arrives: the same arrivals in every replication.
        assertTrue(c.difference(MetricNames.MILITANTS_ARRIVED).identical());
    }
}
