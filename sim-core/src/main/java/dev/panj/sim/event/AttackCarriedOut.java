package dev.panj.sim.event;

/**
 * A group that reached its objective carried out an attack there: {@code attackers} militants (its size at
 * arrival) against a target of {@code kind}, causing {@code casualties} killed and wounded (drawn per run).
 * <p>{@code x, y}: the objective, in model km.
 */
public record AttackCarriedOut(double time, long group, String objective, String kind, int attackers, int casualties,
                               double x, double y) implements ModelEvent {
}
