package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken scenarios: each {@code broken/NAME.yaml} has its exact expected report next to it in
 * {@code NAME.expected}, file names written relative to the corpus folder.
 */
class BrokenCorpusTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
            assertTrue(names.size() >= 12, "corpus: " + names);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void load_brokenFile_reportsExactlyTheExpectedProblems(String name) throws IOException {
        Path file = folder().resolve(name + ".yaml");
        Path expected = folder().resolve(name + ".expected");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        String report = e.report().replace(folder() + "/", "");
        assertTrue(Files.exists(expected), () -> "no " + expected.getFileName() + "; the report is:\n" + report);
        assertEquals(Files.readString(expected).stripTrailing(), report);
    }

    private static Path folder() {
        try {
            return Path.of(BrokenCorpusTest.class.getResource("broken").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
