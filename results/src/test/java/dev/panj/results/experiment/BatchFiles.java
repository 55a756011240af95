package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Assertions on the files of batch folders. */
final class BatchFiles {
    /** Every file of a finished batch that must not depend on threads, completion order or interruptions. */
    static final List<String> DETERMINISTIC = List.of("groups.csv", "survival.csv", "runs.csv", "summary.json", "summary.csv", "timeseries.csv",
            "sectors.csv", "scenario.resolved.yaml");

    private BatchFiles() {
    }

    static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
        }
    }

    /** The chart files (PNG and SVG) of a batch folder, sorted, relative to the folder. */
    static List<String> charts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            return files.map(p -> "charts/" + p.getFileName()).sorted().toList();
        }
    }

    static void assertSameBytes(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)), name);
        }
    }
}
