package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Assertions on output folders. */
final class OutputFiles {
    /** The files of a batch folder that must not depend on where the replications ran. */
    static final List<String> BATCH_TABLES = List.of("runs.csv", "summary.json", "summary.csv", "timeseries.csv",
            "sectors.csv", "scenario.resolved.yaml");

    /** The files of a verify folder that must not depend on where the replications ran. */
    static final List<String> VERIFY_TABLES = List.of("verify.json", "verify.csv");

    private OutputFiles() {
    }

    /** Each named file is the same, byte for byte, in both folders. */
    static void assertSameBytes(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
            assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)), name);
        }
    }
}
