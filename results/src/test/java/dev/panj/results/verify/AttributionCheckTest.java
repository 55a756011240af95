package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.scenarios.ScenarioLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attribution checks' known values, worked out by hand from the scenario files, and checks that go wrong when
 * their premises do. Few replications: these tests are about the set-up and the analytic column, not the verdict
 * (AttributionCheckIT runs the checks as the suite does).
 */
class AttributionCheckTest {
    private static final VerificationSettings FEW = new VerificationSettings(4, 1, 2);

    private static Map<String, Double> analytic(CaseResult result) {
        Map<String, Double> values = new LinkedHashMap<>();
        result.quantities().forEach(q -> values.put(q.quantity(), q.analytic()));
        return values;
    }

    @Test
    void additive_knownEffects_areHalfTheCrossersTimesEachLinesRise_andNoInteraction() throws Exception {
        CaseResult result = AttributionCheck.run(VerificationSuite.builtInAttribution("attribution-additive"), FEW);

        assertEquals(List.of(), result.problems());
        Map<String, Double> known = analytic(result);
        // 500 groups, half on each line: west 0.3 → 0.7 (+0.4), east 0.4 → 0.6 (+0.2).
        assertEquals(100, known.get("effect sensorLines[west]"), 1e-9);
        assertEquals(50, known.get("effect sensorLines[east]"), 1e-9);
        assertEquals(0, known.get("effect sensorLines[west] × sensorLines[east]"), 1e-9);
        assertEquals(0, known.get("effect csto.decisionDelay"), 1e-9);
        assertEquals(100, known.get("Shapley sensorLines[west]"), 1e-9);
        assertEquals(50, known.get("Shapley sensorLines[east]"), 1e-9);
        assertEquals(0, known.get("Shapley csto.decisionDelay"), 1e-9);
        assertEquals(12, result.quantities().size());
        QuantityResult zeros = result.quantities().get(10);
        assertEquals("of the 5 effects 0 in every replication, those that are not", zeros.quantity());
        assertEquals(0, zeros.estimate(), "keyed draws: the halves' effects add up in every replication");
    }

    @Test
    void interacting_knownEffects_areThoseOfIndependentLayers() throws Exception {
        CaseResult result = AttributionCheck.run(VerificationSuite.builtInAttribution("attribution-interacting"), FEW);

        assertEquals(List.of(), result.problems());
        Map<String, Double> known = analytic(result);
        // 500 · (1 − (1 − p1)(1 − p2)): 325, 400, 430, 460.
        assertEquals(75, known.get("effect sensorLines[layer-1]"), 1e-9);
        assertEquals(105, known.get("effect sensorLines[layer-2]"), 1e-9);
        assertEquals(-45, known.get("effect sensorLines[layer-1] × sensorLines[layer-2]"), 1e-9);
        assertEquals(52.5, known.get("Shapley sensorLines[layer-1]"), 1e-9);
        assertEquals(82.5, known.get("Shapley sensorLines[layer-2]"), 1e-9);
        QuantityResult sum = result.quantities().get(result.quantities().size() - 1);
        assertEquals("|Shapley sum − difference| / size, worst metric", sum.quantity());
        assertTrue(sum.estimate() < 1e-14, "machine precision: " + sum.estimate());
        assertTrue(sum.passed());
    }

    @Test
    void additiveDeclaredOfChangesThatInteract_isCaughtByTheCountOfNonZeroInteractions() throws Exception {
        AttributionCase interacting = VerificationSuite.builtInAttribution("attribution-interacting");
        AttributionCase claimedAdditive = new AttributionCase(interacting.name(), interacting.origin(),
                interacting.base(), interacting.target(), interacting.law(), interacting.metric(),
                interacting.replications(), true, List.of());

        CaseResult result = AttributionCheck.run(claimedAdditive, FEW);

        QuantityResult zeros = result.quantities().stream()
                .filter(q -> q.quantity().startsWith("of the 1 effects 0")).findFirst().orElseThrow();
        assertEquals(1, zeros.estimate());
        assertFalse(zeros.passed());
        assertFalse(result.passed());
    }

    @Test
    void cellBreakingTheLawsSetUp_isReportedAsAProblem() throws Exception {
        AttributionCase additive = VerificationSuite.builtInAttribution("attribution-additive");
        String text = VerificationSuite.resourceText("attribution-additive-target.yaml").orElseThrow()
                .replace("stealth: 0,", "stealth: 0.5,");
        AttributionCase stealthy = new AttributionCase(additive.name(), additive.origin(), additive.base(),
                ScenarioLibrary.parse(text, "stealthy.yaml"), additive.law(), additive.metric(),
                additive.replications(), additive.additive(), additive.inert());

        CaseResult result = AttributionCheck.run(stealthy, FEW);

        assertFalse(result.passed());
        assertTrue(result.problems().contains("a crossing group has stealth 0.5: the law assumes none (set group.stealth "
                + "to 0)"), result.problems().toString());
    }
}
