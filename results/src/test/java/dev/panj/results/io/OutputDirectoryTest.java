package dev.panj.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void prepare_missingFolder_createsItWithParents() throws Exception {
        Path dir = tmp.resolve("out/run1");

        OutputDirectory.prepare(dir, false);

        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void prepare_emptyFolder_isAccepted() throws Exception {
        OutputDirectory.prepare(tmp, false);

        assertTrue(Files.isDirectory(tmp));
    }

    @Test
    void prepare_nonEmptyFolderWithoutOverwrite_refusesNamingFolderAndOverwriteOption() throws IOException {
        Files.writeString(tmp.resolve(OutputDirectory.MARKER), "{}");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputDirectory.prepare(tmp, false));

        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertTrue(Files.exists(tmp.resolve(OutputDirectory.MARKER)), "nothing may be deleted");
    }

    @Test
    void prepare_earlierPanjOutputWithOverwrite_emptiesIt() throws Exception {
        Files.writeString(tmp.resolve(OutputDirectory.MARKER), "{}");
        Files.writeString(tmp.resolve("summary.json"), "{}");
        Files.createDirectories(tmp.resolve("runs/seed-1"));
        Files.writeString(tmp.resolve("runs/seed-1/summary.json"), "{}");

        OutputDirectory.prepare(tmp, true);

        assertTrue(Files.isDirectory(tmp));
        assertEquals(List.of(), list(tmp));
    }

    @Test
    void prepare_foreignFolderWithOverwrite_refusesAndKeepsEverything() throws IOException {
        Path precious = tmp.resolve("thesis.tex");
        Files.writeString(precious, "years of work");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputDirectory.prepare(tmp, true));

        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(OutputDirectory.MARKER), e.getMessage());
        assertEquals("years of work", Files.readString(precious));
    }

    @Test
    void prepare_pathIsAFile_refuses() throws IOException {
        Path file = tmp.resolve("out");
        Files.writeString(file, "not a folder");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputDirectory.prepare(file, true));

        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void prepare_overwriteWithSymlinkInside_removesTheLinkNotItsTarget() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve(OutputDirectory.MARKER), "{}");
        Files.createSymbolicLink(dir.resolve("link"), outside);

        OutputDirectory.prepare(dir, true);

        assertFalse(Files.exists(dir.resolve("link"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
