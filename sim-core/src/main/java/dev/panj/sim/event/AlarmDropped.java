package dev.panj.sim.event;

/** An alarm no unit could investigate: every investigator was busy and the waiting room full, or it waited too long. */
public record AlarmDropped(double time, String country, int people, boolean civilians) implements ModelEvent {
}
