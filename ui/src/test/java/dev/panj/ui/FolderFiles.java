package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The result files of an output folder, compared byte for byte between two runs. */
final class FolderFiles {
    /** What differs between two runs of the same work: when and how it ran (manifest, report page), the ledger. */
    private static final Set<String> RUN_RECORDS = Set.of("manifest.json", "report.html");

    private FolderFiles() {
    }

    /** Every regular file under {@code dir} but the run records and {@code .panj/}, relative, sorted. */
    static List<String> results(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(".panj/"))
                    .filter(name -> !RUN_RECORDS.contains(name.substring(name.lastIndexOf('/') + 1)))
                    .sorted().toList();
        }
    }

    /** The same result files with the same bytes. */
    static void assertSame(Path expected, Path actual, String context) throws IOException {
        List<String> names = results(expected);
        assertEquals(names, results(actual), context + ": the same files");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    context + ": " + name + " differs");
        }
    }
}
