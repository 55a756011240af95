package dev.panj.results.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeString_newFile_writesTextAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("summary.json");

        AtomicFiles.writeString(target, "{}\n");

        assertEquals("{}\n", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void writeString_existingFile_replacesItAndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("summary.json");
        Files.writeString(target, "old content that is longer than the new one");

        AtomicFiles.writeString(target, "new");

        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void write_bytes_areWrittenUnchanged() throws IOException {
        Path target = dir.resolve("data.bin");
        byte[] bytes = {0, 1, (byte) 0xff, '\n'};

        AtomicFiles.write(target, bytes);

        assertArrayEquals(bytes, Files.readAllBytes(target));
    }

    @Test
    void writeString_relativePath_writesIntoTheResolvedFolder() throws IOException {
        Path target = Path.of("").toAbsolutePath().relativize(dir.resolve("rel.txt"));

        AtomicFiles.writeString(target, "x");

        assertEquals("x", Files.readString(dir.resolve("rel.txt")));
        assertEquals(List.of(dir.resolve("rel.txt")), list(dir));
    }

    @Test
    void write_newFile_getsTheSamePermissionsAsAnOrdinaryNewFile() throws IOException {
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path target = dir.resolve("atomic.txt");

        AtomicFiles.writeString(target, "x");

        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
