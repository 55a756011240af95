package dev.panj.results.verify;

import java.util.List;

/** The outcome of a suite run: every case in the order given, and the settings that produced it. */
public record VerificationReport(VerificationSettings settings, List<CaseResult> cases) {
    public VerificationReport {
        cases = List.copyOf(cases);
    }

    /** True when every case passed (and there was at least one). */
    public boolean passed() {
        return !cases.isEmpty() && cases.stream().allMatch(CaseResult::passed);
    }

    public long failures() {
        return cases.stream().filter(c -> !c.passed()).count();
    }
}
