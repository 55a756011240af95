package dev.panj.sim.world;

import java.time.LocalDateTime;

/** Converts model hours to calendar facts: hour of day (night) and month (season, fordability). */
public final class SimClock {
    private final LocalDateTime start;
    private final double startHourOfDay;
    private final double nightStart;
    private final double nightEnd;

    public SimClock(LocalDateTime start, double nightStart, double nightEnd) {
        this.start = start;
        this.startHourOfDay = start.getHour() + start.getMinute() / 60.0 + start.getSecond() / 3600.0;
        this.nightStart = nightStart;
        this.nightEnd = nightEnd;
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime dateTime(double hours) {
        return start.plusSeconds(Math.round(hours * 3600));
    }

    public double hourOfDay(double hours) {
        double h = (startHourOfDay + hours) % 24.0;
        return h < 0 ? h + 24 : h;
    }

    public boolean isNight(double hours) {
        double h = hourOfDay(hours);
        if (nightStart == nightEnd) {
            return false;
        }
        return nightStart > nightEnd ? (h >= nightStart || h < nightEnd) : (h >= nightStart && h < nightEnd);
    }

    /** Calendar month, 1 to 12. */
    public int month(double hours) {
        return dateTime(hours).getMonthValue();
    }

    public boolean isWinter(double hours) {
        int m = month(hours);
        return m == 12 || m == 1 || m == 2;
    }
}
