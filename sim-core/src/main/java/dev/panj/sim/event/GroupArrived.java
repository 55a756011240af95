package dev.panj.sim.event;

import dev.panj.sim.config.Intent;

/**
 * A militant group appeared at its staging area, having chosen where it will cross.
 * <p>{@code x, y}: where it appeared (its staging area), in model km.
 */
public record GroupArrived(double time, long group, String groupId, String organisation, Intent intent, int size,
                           String stagingArea, int sector, double crossingChainage,
        double x, double y) implements ModelEvent {
}
