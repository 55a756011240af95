package dev.panj.sim.metrics;

/**
 * What became of one militant group of a run, from its arrival to the end of the run: the per-group data behind
 * the timing and outcome metrics, defined for every group that arrived, before any response acts. Times are model
 * hours; a time that never came is NaN (a censored time: the group was not detected, or not reached, before it left
 * the model or the run ended, {@code end} says when).
 *
 * @param id              the group's readable id ({@code W:kunduz/1#3})
 * @param size            militants at arrival
 * @param organisation    its organisation
 * @param intent          its intent (incursion, transit, return), as the scenario names it
 * @param arrival         when it appeared at its staging area
 * @param bank            when it reached the bank of its first border; NaN if it never did
 * @param firstDetection  its first detection that was not bought off (its first report is made then); NaN if none
 * @param source          what made that detection, see {@link DetectionSource}; null if none
 * @param underScoAlert   whether that detection was at the border, in a sector under an SCO warning at the time
 * @param crossed         when it finished crossing its first border; NaN if it never did
 * @param firstContact    when a unit or post first engaged it, or screening stopped it; NaN if never
 * @param outcome         how it ended
 * @param end             when it ended (the run's end for a group still at large)
 * @param attackCasualties casualties of the attack it carried out at its objective (0 if none)
 */
public record GroupOutcome(String id, int size, String organisation, String intent, double arrival, double bank,
                           double firstDetection, DetectionSource source, boolean underScoAlert, double crossed,
                           double firstContact, Outcome outcome, double end, double attackCasualties) {

    /** How a group ended; every arrived group has exactly one. */
    public enum Outcome {
        /** Destroyed or captured, before it crossed its first border. */
        INTERDICTED_BEFORE_CROSSING,
        /** Destroyed or captured after crossing. */
        INTERDICTED_AFTER_CROSSING,
        /** Reached its objective (or got through). */
        LEAKED,
        /** Gave up and went back (also a group that found no route). */
        TURNED_BACK,
        /** Still on the move at the end of the run, not yet across its first border. */
        AT_LARGE_BEFORE_BORDER,
        /** Still on the move at the end of the run, across the border. */
        AT_LARGE_IN_COUNTRY;

        public boolean interdicted() {
            return this == INTERDICTED_BEFORE_CROSSING || this == INTERDICTED_AFTER_CROSSING;
        }

        public boolean stillAtLarge() {
            return this == AT_LARGE_BEFORE_BORDER || this == AT_LARGE_IN_COUNTRY;
        }

        /** The name in outputs: {@code interdicted_before_crossing}, ... */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean detected() {
        return !Double.isNaN(firstDetection);
    }

    /** Detected before it finished crossing its first border (or without ever crossing it). */
    public boolean detectedBeforeCrossing() {
        return detected() && (Double.isNaN(crossed) || firstDetection <= crossed);
    }

    /**
     * Hours from reaching the bank to first detection: 0 for a group detected before it reached the bank (or without
     * ever reaching it); for an undetected group, the hours from the bank to the end of observation (censored), 0 if
     * it never reached the bank (it was never at risk).
     */
    public double timeToDetection() {
        if (Double.isNaN(bank)) {
            return 0;
        }
        return Math.max(0, (detected() ? firstDetection : end) - bank);
    }

    /** Hours from the first report to first contact, or to the end of observation (censored); NaN if never reported. */
    public double responseTime() {
        if (!detected()) {
            return Double.NaN;
        }
        return (Double.isNaN(firstContact) ? end : firstContact) - firstDetection;
    }

    public boolean contacted() {
        return !Double.isNaN(firstContact);
    }
}
