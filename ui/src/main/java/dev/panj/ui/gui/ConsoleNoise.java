package dev.panj.ui.gui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps MASON's start-up chatter off the terminal, which should show only what Panj says:
 * <ul>
 * <li>MASON's Console lists the simulations it knows, some of which need Java3D, which Panj does not use, and
 * prints "WARNING: Not all classes loaded, due to error: probably no Java3D." when it finds it missing;</li>
 * <li>MASON's display keeps its options in Java's user preferences, whose first use logs "Created user preferences
 * directory." (and, where the home folder is read-only, warnings about locks every 30 seconds). Panj keeps no
 * preferences; the logger of {@code java.util.prefs} is silenced.</li>
 * </ul>
 */
final class ConsoleNoise {
    /** The lines MASON writes to the error stream that say nothing to a Panj user. */
    static final List<String> MASON_LINES = List.of(
            "WARNING: Not all classes loaded, due to error: probably no Java3D.",
            "Not all classes loaded, due to error: probably no Java3D");
    /** Held so that the logger and its level are not collected. */
    private static final Logger PREFERENCES = Logger.getLogger("java.util.prefs");

    private ConsoleNoise() {
    }

    /** Silences the preferences' logger for the rest of the program. */
    static void quietPreferences() {
        PREFERENCES.setLevel(Level.OFF);
    }

    /** Runs {@code task} with MASON's known lines filtered out of the error stream; other lines pass through. */
    static synchronized <T> T withoutMasonLines(Callable<T> task) throws Exception {
        PrintStream original = System.err;
        Filter filter = new Filter(original);
        System.setErr(new PrintStream(filter, true, Charset.defaultCharset()));
        try {
            return task.call();
        } finally {
            System.err.flush();
            filter.flushPartial();
            System.setErr(original);
        }
    }

    /** Passes whole lines on to {@code out} unless they are one of MASON's. */
    private static final class Filter extends OutputStream {
        private final PrintStream out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Filter(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = line.toString(Charset.defaultCharset());
                line.reset();
                if (!MASON_LINES.contains(text.strip())) {
                    out.println(text);
                }
            } else {
                line.write(b);
            }
        }

        synchronized void flushPartial() {
            if (line.size() > 0) {
                out.print(line.toString(Charset.defaultCharset()));
                line.reset();
            }
            out.flush();
        }
    }
}
