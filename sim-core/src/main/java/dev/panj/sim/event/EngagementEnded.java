package dev.panj.sim.event;

/**
 * An engagement ended. Losses are personnel put out of action during it (whole numbers in the
 * stochastic mode, real numbers in the deterministic mode); remaining strengths are at the end. The security
 * side is every force in the fight ({@code unit}: the one that started it; units that joined are in
 * {@link EngagementJoined}).
 * <p>{@code x, y}: where the fight was, in model km.
 */
public record EngagementEnded(double time, long group, String unit, double securityLosses, double militantLosses,
                              double securityRemaining, double militantsRemaining, EngagementOutcome outcome,
        double x, double y)
        implements ModelEvent {
}
