package dev.panj.sim.event;

/** A command passed a report of a group to another country's command (it arrives after the link's delay). */
public record ReportShared(double time, long group, String from, String to) implements ModelEvent {
}
