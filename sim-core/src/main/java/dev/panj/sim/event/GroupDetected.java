package dev.panj.sim.event;

import dev.panj.sim.detect.DetectorKind;

/**
 * A detector detected a group. {@code first} marks the group's first detection that was not bought off;
 * {@code bribed} marks a detection the group bribed its way out of (it goes unreported).
 * <p>{@code x, y}: where the group was when it was detected, in model km.
 */
public record GroupDetected(double time, long group, int size, String detector, DetectorKind kind, int sector,
                            boolean crossed, boolean first, boolean bribed,
        double x, double y) implements ModelEvent {
}
