package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import dev.panj.sim.world.SimClock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats model hours as calendar times of the scenario's clock, for the map's clock and the inspectors. */
final class TimeText {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final SimClock clock;

    TimeText(SimClock clock) {
        this.clock = clock;
    }

    /** E.g. "Wed 1 Jul 2015 14:15". */
    String full(double hours) {
        return clock.dateTime(hours).format(FULL);
    }

    /** E.g. "2015-07-01 14:15 (h 14.25)", or "never" for NaN. */
    String at(double hours) {
        if (Double.isNaN(hours)) {
            return "never";
        }
        return clock.dateTime(hours).format(SHORT) + String.format(Locale.ROOT, " (h %.2f)", hours);
    }

    /** The run's day and time of day since the start, e.g. "day 2, 14:15" for 38.25 h. */
    static String elapsed(double hours) {
        long minutes = (long) Math.floor(hours * 60 + 1e-6);
        return String.format(Locale.ROOT, "day %d, %02d:%02d", minutes / 1440 + 1, minutes % 1440 / 60,
                minutes % 60);
    }

    /** A position in the km frame, e.g. "412.3 km E, -35.0 km N". */
    static String position(Point p) {
        return p == null ? "none" : String.format(Locale.ROOT, "%.1f km E, %.1f km N", p.x(), p.y());
    }
}
