package dev.panj.sim.event;

import dev.panj.sim.detect.DetectorKind;

/**
 * A detector classified a sighting as a threat and raised an alarm to its country's command. {@code civilians}:
 * the people seen were all civilians (a false alarm); {@code crowd}: a crowd with militants hidden in it, not
 * recognised as such (the alarm goes to the command's investigators, as a false one would).
 */
public record AlarmRaised(double time, String country, String detector, DetectorKind kind, int people,
                          boolean civilians, boolean crowd) implements ModelEvent {
}
