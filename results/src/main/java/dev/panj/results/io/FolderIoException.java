package dev.panj.results.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file system failure while Panj reads or writes an output folder, told as one sentence for the user: the
 * operation, the path and the cause in plain words (disk full, read-only, no permission, gone). The command line
 * ends with exit code {@value #EXIT_CODE} (EX_IOERR).
 */
public final class FolderIoException extends IOException {
    private static final long serialVersionUID = 1L;
    public static final int EXIT_CODE = 74;
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.\\d+-\\d+\\.tmp");

    private FolderIoException(String message, IOException cause) {
        super(message, cause);
    }

    /** {@code cannot OPERATION PATH: CAUSE}. */
    public static FolderIoException of(String operation, Path path, IOException cause) {
        if (cause instanceof FolderIoException folder) {
            return folder;
        }
        return new FolderIoException("cannot " + operation + " " + path + ": " + cause(cause), cause);
    }

    /**
     * The I/O failure inside {@code e} (an {@link IOException}, or one wrapped in an
     * {@link java.io.UncheckedIOException}) as a message naming the file it concerns (else {@code dir}); other
     * failures unchanged.
     */
    public static Throwable unwrap(Throwable e, Path dir) {
        IOException io = e instanceof IOException direct ? direct
                : e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : null;
        if (io == null) {
            return e;
        }
        if (io instanceof FolderIoException folder) {
            return folder;
        }
        Path path = io instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : dir;
        Matcher temp = TEMP.matcher(path.getFileName() == null ? "" : path.getFileName().toString());
        if (temp.matches()) {
            path = path.resolveSibling(temp.group(1)); // AtomicFiles' temporary file: name the file it was to become
        }
        return of("write", path, io);
    }

    /** The cause in plain words. */
    public static String cause(IOException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk full") || text.contains("file too large")
                || text.contains("quota")) {
            return "the disk is full (" + reason(e) + ")";
        }
        if (text.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist (was the folder deleted or moved?)";
        }
        if (e instanceof java.nio.file.NotDirectoryException || text.contains("not a directory")) {
            return "a part of the path is a file, not a folder; choose another --out folder";
        }
        return reason(e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
