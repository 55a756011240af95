package dev.panj.sim.event;

/** A detection report reached a national command. {@code first}: the command's first report of the group. */
public record ReportReceived(double time, long group, String country, boolean first) implements ModelEvent {
}
