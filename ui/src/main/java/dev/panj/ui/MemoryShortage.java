package dev.panj.ui;

import dev.panj.results.experiment.MemoryEstimate;
import java.util.Locale;

/**
 * The run needs more memory than the Java heap has: found before the run from {@link MemoryEstimate}, or after the
 * fact from an {@link OutOfMemoryError}. Either way the user reads how much, and the {@code PANJ_JAVA_OPTS} to set;
 * exit code 70.
 */
final class MemoryShortage extends Exception {
    private static final long serialVersionUID = 1L;

    MemoryShortage(String message) {
        super(message);
    }

    /** Throws when {@code estimate} is more than the heap this JVM may grow to. */
    static void check(String what, MemoryEstimate estimate) throws MemoryShortage {
        long heap = Runtime.getRuntime().maxMemory();
        if (estimate.bytes() > heap) {
            throw new MemoryShortage(what + " needs an estimated " + megabytes(estimate.bytes()) + " of memory ("
                    + estimate.basis() + "), more than the " + megabytes(heap) + " this Java may use; set "
                    + "PANJ_JAVA_OPTS=-Xmx" + suggestedHeap(estimate.bytes()) + " (or use fewer --threads or --hours)");
        }
    }

    /** An {@link OutOfMemoryError} while running {@code what}, whose need was estimated (too low) as {@code estimate}. */
    static MemoryShortage during(String what, MemoryEstimate estimate, OutOfMemoryError e) {
        long heap = Runtime.getRuntime().maxMemory();
        MemoryShortage shortage = new MemoryShortage("out of memory running " + what + ": it needs more than the "
                + megabytes(heap) + " this Java may use (estimated " + megabytes(estimate.bytes()) + ": "
                + estimate.basis() + "); set PANJ_JAVA_OPTS=-Xmx" + suggestedHeap(Math.max(estimate.bytes(), 2 * heap))
                + " (or use fewer --threads or --hours)");
        shortage.initCause(e);
        return shortage;
    }

    /** The message for an {@link OutOfMemoryError} that no estimate foresaw. */
    static String afterTheFact() {
        long heap = Runtime.getRuntime().maxMemory();
        return "out of memory: the run needed more than the " + megabytes(heap) + " this Java may use; set "
                + "PANJ_JAVA_OPTS=-Xmx" + suggestedHeap(heap * 2) + " (or use fewer --threads or --hours)";
    }

    /** A heap size for {@code -Xmx} at least {@code bytes} plus a quarter, in whole gigabytes (or megabytes below 1 GB). */
    static String suggestedHeap(long bytes) {
        double needed = bytes * 1.25;
        double gigabytes = needed / (1L << 30);
        if (gigabytes < 1) {
            return (long) Math.ceil(needed / (1L << 20) / 64) * 64 + "m";
        }
        return (long) Math.ceil(gigabytes) + "g";
    }

    static String megabytes(long bytes) {
        double mb = bytes / (double) (1L << 20);
        return mb >= 10240 ? String.format(Locale.ROOT, "%.0f GB", mb / 1024)
                : mb >= 1024 ? String.format(Locale.ROOT, "%.1f GB", mb / 1024)
                : String.format(Locale.ROOT, "%.0f MB", mb);
    }
}
