package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.sim.config.VerificationLaw;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationTableTest {

    static VerificationReport report() {
        CaseResult pass = new CaseResult("sensor-line", "verification/sensor-line.yaml", VerificationLaw.SENSOR_LINE, 20,
                0, 60, List.of(new QuantityResult("P(detected)", 0.5, 0.5018, new ConfidenceInterval(0.4949, 0.5087),
                        0, 20)), List.of());
        CaseResult wrong = new CaseResult("wrong-erlang-c", "wrong.yaml", VerificationLaw.ERLANG_C, 40, 0.01, 1000,
                List.of(new QuantityResult("P(wait)", 0.6577, 0.3266, new ConfidenceInterval(0.3225, 0.3308), 0.006577, 40),
                        new QuantityResult("mean wait Wq (h)", 0.1644, Double.NaN, ConfidenceInterval.NONE, 0.001644, 0)),
                List.of("the number of officers at crossing 'bcp' is 5, but the law's servers is 4"));
        return new VerificationReport(new VerificationSettings(0, 1, 2), List.of(pass, wrong));
    }

    @Test
    void format_rowPerQuantity_problemsUnderTheCase_countsAtTheEnd() {
        List<String> lines = VerificationTable.format(report()).lines().toList();

        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).matches("sensor-line +sensor-line +P\\(detected\\) +0\\.5000 +0\\.5018 "
                + "+\\[0\\.4949, 0\\.5087\\] +0 +PASS"), lines.get(1));
        assertTrue(lines.get(2).endsWith("±0.0066 (1%)  FAIL"), lines.get(2));
        assertTrue(lines.get(3).contains("    —  —"), lines.get(3));
        assertEquals("    ! the number of officers at crossing 'bcp' is 5, but the law's servers is 4", lines.get(4));
        assertEquals("2 cases: 1 passed, 1 failed | seed 1 | replications: each case's own", lines.get(5));
        assertEquals(lines.get(0).indexOf("result"), lines.get(1).indexOf("PASS"));
    }

    @Test
    void format_oneCase_isCountedInTheSingular() {
        VerificationReport one = new VerificationReport(new VerificationSettings(0, 1, 2), List.of(report().cases().get(0)));

        List<String> lines = VerificationTable.format(one).lines().toList();

        assertEquals("1 case: 1 passed, 0 failed | seed 1 | replications: each case's own", lines.get(lines.size() - 1));
    }

    @Test
    void format_quantityInsideItsIntervalOfACaseWithProblems_failsOnTheSetUp() {
        CaseResult c = new CaseResult("c", "c.yaml", VerificationLaw.LITTLE, 20, 0, 10,
                List.of(new QuantityResult("L / (λ·W)", 1, 1, new ConfidenceInterval(0.999, 1.001), 0, 20)),
                List.of("the flows' total rate is 25 /h, but the law's arrivalRate is 20 /h"));

        String text = VerificationTable.format(new VerificationReport(new VerificationSettings(0, 1, 1), List.of(c)));

        assertTrue(text.lines().toList().get(1).endsWith("FAIL (set-up)"), text);
    }
}
