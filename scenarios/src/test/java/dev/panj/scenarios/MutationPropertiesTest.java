package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.panj.sim.config.ScenarioConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random edits of valid scenario files (keys deleted, duplicated or renamed, values replaced by random tokens,
 * units swapped, indentation shifted) give either a valid scenario, which then survives a round trip through its
 * resolved YAML, or a {@link ScenarioException}: never another exception, and never a long wait.
 */
class MutationPropertiesTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** A short file that extends the built-in base, to mutate the inheritance path too. */
    private static final String CHILD_OF_BASE = """
            extends: base
            name: fuzz-child
            description: A variant
            simulation:
              duration: 3 d
            csto: {enabled: true, members: [TJK], decisionDelay: 12 h}
            commands+:
              - {country: TJK, processingDelay: 10 min}
            posts+:
              - {id: extra, from: 0 km, to: 100 km, spacing: 20 km, sensor: {range: 2 km}}
            timeline:
              - {at: 6 h, cstoRequest: {country: TJK}}
              - {at: 2015-07-02T00:00, cooperation: {improved: true}}
            """;

    private static final List<String> TOKENS = List.of("", "~", "[]", "{}", "0", "-1", "1.5", "1e400", "12", "12 h",
            "15 min", "3 /day", "4 km/h", "800 m", "50%", "2015-07-22T06:00", "1999-01-01T00:00", "true", "yes", "abc",
            "TJK", "camp", "'", "\"", "&a", "*a", "!!str x", "[a, b", "{a: 1}", "- x", ": :", "#", "base", "extends",
            "kunduz", "natural-earth", "straight", "glimpse-rate", "posts+", "nightFactr");
    private static final List<String> UNITS = List.of("min", "h", "d", "s", "w", "km", "m", "km/h", "m/s", "kn",
            "/day", "/h", "/week", "%", "");
    private static final Pattern KEY = Pattern.compile("(?m)^([ -]*)([A-Za-z][A-Za-z0-9+]*):");
    private static final Pattern VALUE = Pattern.compile(":[ ]+([^{}\\[\\],#\\n]+)");
    private static final Pattern UNIT = Pattern.compile("(?<=\\d )(min|h|d|km|m|km/h|/day|/h|%)\\b");

    /** One edit: what kind, where (an index into the candidate places) and which replacement. */
    record Edit(int kind, int where, int choice) {
    }

    @Property(tries = 400, seed = "20150722")
    void parse_mutatedScenario_isValidOrACleanReport(@ForAll("sources") String source, @ForAll("edits") List<Edit> edits) {
        check(apply(source, edits));
    }

    @Provide
    Arbitrary<String> sources() {
        return Arbitraries.of(ScenarioText.resource("rich.yaml"), CHILD_OF_BASE, ScenarioText.MINIMAL
                + "timeline: [{at: 1 d, cooperation: {improved: true}}]\n");
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    private static void check(String text) {
        boolean valid = assertTimeoutPreemptively(LIMIT, () -> {
            ScenarioConfig config;
            try {
                config = ScenarioLibrary.parse(text, "fuzz.yaml").config();
            } catch (ScenarioException expected) {
                return false; // a user mistake, reported
            }
            String written = ScenarioYaml.write(config);
            assertEquals(config, ScenarioLibrary.parse(written, "resolved.yaml").config(), () -> "round trip of\n" + text);
            return true;
        }, () -> "no answer within " + LIMIT.toSeconds() + " s for:\n" + text);
        Statistics.collect(valid ? "valid" : "reported");
    }

    static String apply(String text, List<Edit> edits) {
        String result = text;
        for (Edit edit : edits) {
            result = apply(result, edit);
        }
        return result;
    }

    private static String apply(String text, Edit edit) {
        return switch (edit.kind()) {
            case 0 -> deleteLine(text, edit);
            case 1 -> duplicateLine(text, edit);
            case 2 -> replaceGroup(text, KEY, 2, edit, rename(edit.choice()));
            case 3 -> replaceGroup(text, VALUE, 1, edit, TOKENS.get(edit.choice() % TOKENS.size()));
            case 4 -> replaceGroup(text, UNIT, 1, edit, UNITS.get(edit.choice() % UNITS.size()));
            default -> reindent(text, edit);
        };
    }

    private static String rename(int choice) {
        return TOKENS.get(choice % TOKENS.size()).replaceAll("[^A-Za-z+]", "") + (choice % 3 == 0 ? "+" : "x");
    }

    private static String deleteLine(String text, Edit edit) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.size() > 1) {
            lines.remove(edit.where() % lines.size());
        }
        return String.join("\n", lines) + "\n";
    }

    private static String duplicateLine(String text, Edit edit) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = edit.where() % lines.size();
        lines.add(at, lines.get(at));
        return String.join("\n", lines) + "\n";
    }

    /** Shifts one line's indentation by -2 to +2 spaces. */
    private static String reindent(String text, Edit edit) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = edit.where() % lines.size();
        int shift = edit.choice() % 5 - 2;
        String line = lines.get(at);
        lines.set(at, shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, leading(line))));
        return String.join("\n", lines) + "\n";
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String replaceGroup(String text, Pattern pattern, int group, Edit edit, String replacement) {
        List<int[]> places = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            places.add(new int[] {m.start(group), m.end(group)});
        }
        if (places.isEmpty()) {
            return text;
        }
        int[] place = places.get(edit.where() % places.size());
        return text.substring(0, place[0]) + replacement + text.substring(place[1]);
    }
}
