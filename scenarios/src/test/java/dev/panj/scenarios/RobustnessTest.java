package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whatever the text, a user's mistake comes back as a ScenarioException, never as another exception. */
class RobustnessTest {

    private static final String PIECES = " \n\t:-[]{},#&*!|>'\"%@`?~0123456789.eE/kmhd";
    private static final List<String> TOKENS = List.of("name:", "posts:", "- ", "{", "}", "[", "]", ", ", "\n", "  ",
            "&a ", "*a", "<<: ", "15 min", "~", "sensor:", "range: ", "id: x", "!!str ", "? ", "'", "\"", ": ", "#");

    @Test
    void parse_randomlyDamagedScenarios_onlyEverFailWithScenarioException() {
        String rich = ScenarioText.resource("rich.yaml");
        SplittableRandom random = new SplittableRandom(20150722);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                check(damage(rich, random));
            }
        });
    }

    @Test
    void parse_randomTokenSoup_onlyEverFailsWithScenarioException() {
        SplittableRandom random = new SplittableRandom(2002);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(1, 40);
                for (int j = 0; j < length; j++) {
                    text.append(TOKENS.get(random.nextInt(TOKENS.size())));
                }
                check(text.toString());
            }
        });
    }

    @Test
    void parse_longHostileScalars_failQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            check(ScenarioText.MINIMAL + "simulation: {tick: '1" + " ".repeat(500_000) + "x'}\n");
            check(ScenarioText.MINIMAL + "detection: {sizeReference: " + "9".repeat(500_000) + "x}\n");
            check(ScenarioText.MINIMAL + "detection: {nightFactor: " + "9".repeat(500_000) + "}\n");
            check(ScenarioText.MINIMAL + "detection: {nightFactr" + "r".repeat(500_000) + ": 1}\n");
        });
    }

    private static String damage(String text, SplittableRandom random) {
        StringBuilder damaged = new StringBuilder(text);
        int edits = random.nextInt(1, 4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(damaged.length());
            switch (random.nextInt(4)) {
                case 0 -> damaged.delete(at, Math.min(damaged.length(), at + random.nextInt(1, 20)));
                case 1 -> damaged.insert(at, PIECES.charAt(random.nextInt(PIECES.length())));
                case 2 -> damaged.setCharAt(at, PIECES.charAt(random.nextInt(PIECES.length())));
                default -> {
                    int end = damaged.indexOf("\n", at);
                    int start = damaged.lastIndexOf("\n", at) + 1;
                    if (end > start) {
                        damaged.insert(start, damaged.substring(start, end + 1));
                    }
                }
            }
        }
        return damaged.toString();
    }

    private static void check(String text) {
        try {
            ScenarioLibrary.parse(text, "fuzz.yaml");
        } catch (ScenarioException expected) {
            // a user mistake, correctly reported
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("unexpected " + e + " for input:\n" + text, e);
        }
    }
}
