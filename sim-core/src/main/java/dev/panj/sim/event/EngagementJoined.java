package dev.panj.sim.event;

/**
 * A reaction unit reached a group that was already fighting (a unit or a border post) and joined the fight:
 * {@code security} is the strength it brought, {@code militants} the group's strength then.
 * <p>{@code x, y}: where the fight is, in model km.
 */
public record EngagementJoined(double time, long group, String unit, double security, double militants,
        double x, double y)
        implements ModelEvent {
}
