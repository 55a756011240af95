package dev.panj.results.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that a reader sees either the old content or the whole new content, never a half-written
 * file: the bytes go to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFiles {
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8, replacing any existing file. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes}, replacing any existing file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Same folder as the target: a move across file systems could not be atomic.
        Path temp = createTemp(folder, "." + absolute.getFileName());
        try {
            Files.write(temp, bytes);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new empty file with the permissions an ordinary new file gets (the user's umask), unlike
     * {@link Files#createTempFile}, whose owner-only permissions the rename would carry over to the output.
     */
    private static Path createTemp(Path folder, String prefix) throws IOException {
        while (true) {
            Path temp = folder.resolve(prefix + "." + PROCESS + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // Left over from a crashed process that had our process id: try the next name.
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network mounts) cannot rename atomically; a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
