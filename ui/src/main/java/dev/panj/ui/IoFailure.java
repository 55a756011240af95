package dev.panj.ui;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An I/O failure in one sentence: the operation (from where in the JDK's file API it failed), the path, and
 * the cause in words (disk full, read-only file system, permission denied, missing file or folder), then what to do.
 */
final class IoFailure {
    /** What went wrong, as the operating system's reason or the exception type says it. */
    enum Cause {
        DISK_FULL("no space is left on the device (disk full)", "free some space"),
        READ_ONLY("the file system is read-only", "make the folder writable"),
        PERMISSION("permission denied", "grant write permission on the folder"),
        MISSING("no such file or folder (was it deleted or moved?)", "restore the folder"),
        NOT_A_FOLDER("a part of the path is a file, not a folder", "choose another --out folder"),
        EXISTS("it already exists", "remove it"),
        NOT_EMPTY("the folder is not empty", "empty it"),
        OTHER(null, "fix the cause");

        private final String words;
        private final String fix;

        Cause(String words, String fix) {
            this.words = words;
            this.fix = fix;
        }
    }

    private IoFailure() {
    }

    /** "cannot write /x/runs.csv: no space is left on the device (disk full)". */
    static String describe(IOException e, String outFolder) {
        // outFolder comes from a parsed option or an existing folder: a valid path.
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile()
                : outFolder == null ? null
                : Files.isDirectory(Path.of(outFolder)) ? "into " + outFolder : outFolder;
        Cause cause = cause(e);
        String words = cause.words != null ? cause.words : reason(e);
        return "cannot " + operation(e) + (path == null ? "" : " " + path) + ": " + words;
    }

    /** What the user should do before resuming, for the cause of {@code e}. */
    static String fix(IOException e) {
        Cause cause = cause(e);
        return cause == Cause.OTHER ? "" : "; " + cause.fix;
    }

    static Cause cause(IOException e) {
        String reason = reason(e).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("disk quota") || reason.contains("file too large")) {
            return Cause.DISK_FULL;
        }
        if (reason.contains("read-only file system")) {
            return Cause.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("operation not permitted")) {
            return Cause.PERMISSION;
        }
        if (e instanceof NoSuchFileException || reason.contains("no such file")) {
            return Cause.MISSING;
        }
        if (e instanceof NotDirectoryException || reason.contains("not a directory")) {
            return Cause.NOT_A_FOLDER;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Cause.EXISTS;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Cause.NOT_EMPTY;
        }
        return Cause.OTHER;
    }

    /** The operating system's reason: FileSystemException's own, else the message, else the exception's type. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The operation, from the first frame of the JDK's file API in the stack trace: write, read, create, ... */
    static String operation(IOException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            String method = frame.getMethodName();
            if (type.equals("java.nio.file.Files")) {
                switch (method) {
                    case "createDirectory", "createDirectories":
                        return "create the folder";
                    case "move":
                        return "move into place";
                    case "copy":
                        return "copy";
                    case "delete", "deleteIfExists":
                        return "delete";
                    case "newInputStream", "newBufferedReader", "readAllBytes", "readString", "readAllLines", "lines",
                            "list", "walk", "newDirectoryStream", "size":
                        return "read";
                    case "newOutputStream", "newBufferedWriter", "write", "writeString", "createFile",
                            "createTempFile":
                        return "write";
                    default:
                        // Files.newByteChannel and the like: the caller tells which way.
                        break;
                }
            }
            if (type.equals("java.io.FileOutputStream") || type.equals("java.io.Writer")
                    || type.equals("java.io.OutputStreamWriter") || type.equals("java.io.BufferedWriter")
                    || (type.startsWith("sun.nio.ch.FileChannelImpl") && (method.startsWith("write") || method.equals("force")))) {
                return "write";
            }
            if (type.equals("java.io.FileInputStream")
                    || (type.startsWith("sun.nio.ch.FileChannelImpl") && method.startsWith("read"))) {
                return "read";
            }
        }
        return "access";
    }
}
