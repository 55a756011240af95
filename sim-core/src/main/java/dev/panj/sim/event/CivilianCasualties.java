package dev.panj.sim.event;

/**
 * Civilians near a fight were killed or wounded.
 * <p>{@code x, y}: where the fight that harmed them was, in model km.
 */
public record CivilianCasualties(double time, long group, int people,
        double x, double y) implements ModelEvent {
}
