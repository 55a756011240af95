package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in attribution checks as {@code panj verify} runs them: their own replications, seed 1 and the suite's
 * default confidence (99.9%, Bonferroni over the suite's 50 quantities), through the real model. About 4,000 runs.
 */
class AttributionCheckIT {
    @Test
    void builtInAttributionChecks_pass() throws Exception {
        VerificationReport report = VerificationSuite.run(List.of(), VerificationSuite.builtInAttribution(),
                new VerificationSettings(0, 1, 2));

        assertTrue(report.passed(), VerificationTable.format(report));
        assertEquals(18, report.cases().stream().mapToInt(c -> c.quantities().size()).sum(),
                "the quantities the suite's confidence level counts");
    }
}
