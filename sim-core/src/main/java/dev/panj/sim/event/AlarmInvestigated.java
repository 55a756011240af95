package dev.panj.sim.event;

/**
 * A command sent a unit to investigate an alarm; the unit is tied up for {@code unitHours} (travel there and
 * back, and the investigation), the people seen held for the investigation. {@code waited}: hours the alarm
 * waited for a free investigator.
 */
public record AlarmInvestigated(double time, String country, String unit, int people, boolean civilians,
                                double waited, double unitHours) implements ModelEvent {
}
