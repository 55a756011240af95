package dev.panj.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void create_missingFolder_createsItWithParentsAndLocksIt() throws Exception {
        Path dir = tmp.resolve("out/run1");

        try (OutputFolder folder = OutputFolder.create(dir, false, "panj test")) {
            assertTrue(Files.isDirectory(dir));
            assertTrue(Files.readString(dir.resolve(OutputFolder.LOCK)).startsWith("pid "
                    + ProcessHandle.current().pid() + ", started "));
        }
        assertEquals("", Files.readString(dir.resolve(OutputFolder.LOCK)), "released: the holder is cleared");
    }

    @Test
    void create_earlierOutputWithoutOverwrite_refusesAndDeletesNothing() throws Exception {
        writeOutput(tmp);

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.create(tmp, false, "panj test"));

        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("holds an earlier Panj output") && e.getMessage().contains("--overwrite"),
                e.getMessage());
        assertTrue(Files.exists(tmp.resolve("runs.csv")));
    }

    @Test
    void create_overwrite_removesExactlyWhatPanjWrote() throws Exception {
        writeOutput(tmp);

        try (OutputFolder folder = OutputFolder.create(tmp, true, "panj test")) {
            assertEquals(List.of(".panj"), names(tmp));
        }
    }

    @Test
    void create_overwriteWithThesisAndMyData_refusesListingThemAndDeletesNothing() throws Exception {
        writeOutput(tmp);
        Files.writeString(tmp.resolve("thesis.txt"), "years of work");
        Files.createDirectories(tmp.resolve("mydata/raw"));
        Files.writeString(tmp.resolve("mydata/raw/a.csv"), "1,2");
        Files.writeString(tmp.resolve("mydata/b.csv"), "3,4");
        // A user's file inside one of Panj's folders is foreign too.
        Files.writeString(tmp.resolve("charts/my-note.txt"), "mine");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.create(tmp, true, "panj test"));

        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("holds 3 entries Panj did not write: charts/my-note.txt, mydata/, "
                + "thesis.txt."), e.getMessage());
        assertTrue(e.getMessage().contains("--overwrite removes only Panj's own files"), e.getMessage());
        assertEquals("years of work", Files.readString(tmp.resolve("thesis.txt")));
        assertEquals("1,2", Files.readString(tmp.resolve("mydata/raw/a.csv")));
        assertTrue(Files.exists(tmp.resolve("runs.csv")), "nothing at all is deleted when it refuses");
        assertTrue(Files.exists(tmp.resolve("charts/a.png")));
    }

    @Test
    void create_foreignFolderWithoutLedger_refusesAndLeavesNoTrace() throws Exception {
        Files.writeString(tmp.resolve("thesis.tex"), "years of work");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.create(tmp, true, "panj test"));

        assertTrue(e.getMessage().contains("holds 1 entry Panj did not write: thesis.tex."), e.getMessage());
        assertEquals(List.of("thesis.tex"), names(tmp), "not even the lock is left in a user's folder");
    }

    @Test
    void create_symbolicLinks_areForeignAndNeverFollowed() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path dir = tmp.resolve("out");
        writeOutput(dir);
        Files.createSymbolicLink(dir.resolve("link"), outside);
        // Panj's own charts/ replaced by a link to the user's folder: its files are not Panj's.
        Files.writeString(outside.resolve("a.png"), "the user's picture");
        deleteTree(dir.resolve("charts"));
        Files.createSymbolicLink(dir.resolve("charts"), outside);

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.create(dir, true, "panj test"));

        assertTrue(e.getMessage().contains("charts (a symbolic link), link (a symbolic link)"), e.getMessage());
        assertEquals("the user's picture", Files.readString(outside.resolve("a.png")));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
        assertTrue(Files.isSymbolicLink(dir.resolve("link")));
    }

    @Test
    void create_pathIsAFile_refuses() throws IOException {
        Path file = tmp.resolve("out");
        Files.writeString(file, "not a folder");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.create(file, true, "panj test"));

        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void create_whileAnotherHoldsIt_isRefusedWithTheHoldersPidAndStart() throws Exception {
        try (OutputFolder first = OutputFolder.create(tmp.resolve("out"), false, "panj batch one")) {
            OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                    () -> OutputFolder.create(tmp.resolve("out"), true, "panj batch two"));

            assertEquals(75, e.exitCode());
            assertTrue(e.getMessage().contains("is in use by another Panj command (pid "
                    + ProcessHandle.current().pid() + ", started "), e.getMessage());
            assertTrue(e.getMessage().contains("panj batch one"), e.getMessage());
        }
    }

    @Test
    void killedWriter_itsFilesAreTakenAsPanjsAndItsLockTakenOver() throws Exception {
        Path dir = tmp.resolve("out");
        try (OutputFolder folder = OutputFolder.create(dir, false, "panj batch")) {
            Files.writeString(dir.resolve("runs.partial.csv"), "index,seed\n");
        }
        // What a process killed mid-run leaves: a ledger still open, a holder in the lock, a file it wrote.
        String ledger = Files.readString(dir.resolve(OutputFolder.LEDGER)).replace("\"closed\"", "\"open\"")
                .replaceFirst("\"since\" : \"[^\"]+\"", "\"since\" : \"" + Instant.now().minusSeconds(60) + "\"");
        Files.writeString(dir.resolve(OutputFolder.LEDGER), ledger);
        Files.writeString(dir.resolve(OutputFolder.LOCK), "pid 999999, started 2026-01-01T00:00:00Z, panj batch");
        Files.writeString(dir.resolve("summary.json"), "{\"replica");
        Files.writeString(dir.resolve("user-before.txt"), "mine");
        Files.setLastModifiedTime(dir.resolve("user-before.txt"), FileTime.from(Instant.now().minusSeconds(3600)));

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.create(dir, true, "panj batch"));
        assertTrue(e.getMessage().contains("1 entry Panj did not write: user-before.txt."), e.getMessage());

        Files.delete(dir.resolve("user-before.txt"));
        try (OutputFolder folder = OutputFolder.create(dir, true, "panj batch")) {
            assertEquals("pid 999999, started 2026-01-01T00:00:00Z, panj batch", folder.takenOver().orElseThrow());
            assertEquals(List.of(".panj"), names(dir), "the lone summary.json of the failed run does not block");
        }
    }

    @Test
    void reopen_keepsForeignFilesOutOfTheLedger() throws Exception {
        writeOutput(tmp);
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        try (OutputFolder folder = OutputFolder.reopen(tmp, "panj report")) {
            Files.writeString(tmp.resolve("report.html"), "<html>");
        }

        OutputFolder.Ledger ledger = OutputFolder.readLedger(tmp).orElseThrow();
        assertEquals(OutputFolder.SCHEMA_VERSION, ledger.schemaVersion());
        assertEquals("closed", ledger.state());
        assertTrue(ledger.files().contains("report.html"), ledger.files().toString());
        assertFalse(ledger.files().contains("notes.txt"), ledger.files().toString());
    }

    @Test
    void reopen_folderWithoutPanjOutput_refusesWithoutATrace() throws Exception {
        Files.writeString(tmp.resolve("thesis.txt"), "mine");

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> OutputFolder.reopen(tmp, "panj report"));

        assertTrue(e.getMessage().contains("holds no manifest.json"), e.getMessage());
        assertEquals(List.of("thesis.txt"), names(tmp));
    }

    @Test
    void legacyOutput_withoutLedger_isTakenFromItsManifest() throws Exception {
        Files.writeString(tmp.resolve("manifest.json"), "{\"kind\":\"batch\",\"files\":[\"runs.csv\"]}");
        Files.writeString(tmp.resolve("runs.csv"), "index\n");
        Files.createDirectories(tmp.resolve("charts"));
        Files.writeString(tmp.resolve("charts/x.png"), "png");

        try (OutputFolder folder = OutputFolder.create(tmp, true, "panj batch")) {
            assertEquals(List.of(".panj"), names(tmp));
        }
    }

    /** A folder as a finished command leaves it: written under the lock, so in the ledger. */
    private static void writeOutput(Path dir) throws Exception {
        try (OutputFolder folder = OutputFolder.create(dir, false, "panj batch")) {
            Files.writeString(dir.resolve("manifest.json"), "{\"kind\":\"batch\"}");
            Files.writeString(dir.resolve("runs.csv"), "index\n");
            Files.createDirectories(dir.resolve("charts"));
            Files.writeString(dir.resolve("charts/a.png"), "png");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
