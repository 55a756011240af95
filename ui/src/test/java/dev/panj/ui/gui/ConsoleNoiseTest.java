package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ConsoleNoiseTest {
    @Test
    void withoutMasonLines_dropsMasonsJava3dWarningAndKeepsEverythingElse() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, Charset.defaultCharset()));
        try {
            String result = ConsoleNoise.withoutMasonLines(() -> {
                System.err.println("WARNING: Not all classes loaded, due to error: probably no Java3D.");
                System.err.println("a real problem");
                System.err.print("unfinished");
                return "built";
            });

            assertEquals("built", result);
        } finally {
            System.setErr(original);
        }
        assertEquals("a real problem" + System.lineSeparator() + "unfinished",
                captured.toString(Charset.defaultCharset()));
    }

    @Test
    void withoutMasonLines_putsTheErrorStreamBack() throws Exception {
        PrintStream before = System.err;

        ConsoleNoise.withoutMasonLines(() -> null);

        assertSame(before, System.err);
    }

    @Test
    void quietPreferences_silencesThePreferencesLogger() {
        ConsoleNoise.quietPreferences();

        assertEquals(Level.OFF, Logger.getLogger("java.util.prefs").getLevel());
    }
}
