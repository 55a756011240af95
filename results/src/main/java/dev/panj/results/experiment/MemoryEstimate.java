package dev.panj.results.experiment;

import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;
import java.util.Locale;

/**
 * The heap a run of a scenario needs at its peak, estimated before it starts from what drives memory: the people of
 * its mass crossings (each a walking family member in flat arrays), the hours (one time-series row and the hourly
 * bookkeeping each), and a fixed part for the world, the geographic data and the JVM. Several runs at once (a batch's
 * threads, with the finished results they hold) need as many times the per-run part. The figures are measured
 * ({@code panj bench} heap per agent, at most 134 B; see docs/performance.md) and rounded up: the estimate is meant to
 * stop a run that cannot fit before it starts, not to fit the heap tightly.
 */
public record MemoryEstimate(long bytes, String basis) {
    /** The world, geographic data, loaded classes and the command's own structures (measured about 60 MB). */
    static final long FIXED_BYTES = 96L << 20;
    /** One person of a mass crossing at the peak of the exodus (measured 85–134 B). */
    static final long BYTES_PER_PERSON = 300;
    /** One simulated hour: the time-series row and the hourly per-sector bookkeeping (measured, rounded up). */
    static final long BYTES_PER_HOUR = 2_048;

    /**
     * Runs of {@code config} for {@code hours}, {@code concurrentRuns} of them at once; a local batch also holds up
     * to two finished results per thread (their time series) until they are delivered in order.
     */
    public static MemoryEstimate of(ScenarioConfig config, double hours, int concurrentRuns) {
        long people = people(config);
        int runs = Math.max(1, concurrentRuns);
        int results = runs == 1 ? 1 : 3 * runs;
        double total = FIXED_BYTES + (double) runs * people * BYTES_PER_PERSON + (double) results * hours * BYTES_PER_HOUR;
        String basis = String.format(Locale.ROOT, "%,d people in mass crossings, %s h%s", people,
                hours == Math.rint(hours) ? String.format(Locale.ROOT, "%,d", (long) hours) : Double.toString(hours),
                concurrentRuns > 1 ? ", " + concurrentRuns + " runs at once" : "");
        return new MemoryEstimate(total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total, basis);
    }

    /** The people of every mass crossing on the scenario's timeline. */
    static long people(ScenarioConfig config) {
        long people = 0;
        if (config.timeline() != null) {
            for (TimelineEventConfig event : config.timeline()) {
                MassCrossingConfig crossing = event.massCrossing();
                if (crossing != null) {
                    people += crossing.people();
                }
            }
        }
        return people;
    }
}
