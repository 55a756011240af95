package dev.panj.results.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The folder a run writes into. A non-empty folder is never reused silently: the user has to ask for
 * {@code --overwrite}, and even then only a folder that holds an earlier Panj output (it has a
 * {@value #MARKER}) is cleared, so a mistyped {@code --out ~ --overwrite} cannot wipe a home folder.
 */
public final class OutputDirectory {
    /** The file every complete Panj output folder contains. */
    public static final String MARKER = "manifest.json";

    private OutputDirectory() {
    }

    /**
     * Makes {@code dir} ready for a run: creates it if missing, accepts it if empty, and with {@code overwrite}
     * empties an earlier Panj output.
     *
     * @throws OutputDirectoryException if the folder cannot or must not be used
     * @throws IOException if the file system fails while creating or clearing it
     */
    public static void prepare(Path dir, boolean overwrite) throws OutputDirectoryException, IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir);
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new OutputDirectoryException("output folder " + dir + " is a file, not a folder");
        }
        if (isEmpty(dir)) {
            return;
        }
        if (!overwrite) {
            throw new OutputDirectoryException("output folder " + dir
                    + " is not empty; choose another folder or add --overwrite to replace an earlier output");
        }
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            throw new OutputDirectoryException("output folder " + dir + " is not empty and holds no " + MARKER
                    + ", so it is not an earlier Panj output; --overwrite only replaces Panj outputs."
                    + " Choose another folder or empty it yourself");
        }
        clear(dir);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes everything inside {@code dir} but not the folder itself (which may be a link to a folder). */
    private static void clear(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }

    /** Deletes a file or a folder tree; symbolic links inside are removed, never followed. */
    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
