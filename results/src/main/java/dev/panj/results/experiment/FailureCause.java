package dev.panj.results.experiment;

import dev.panj.results.io.FolderIoException;
import java.io.IOException;

/** Why a run failed, in one line for its manifest. */
public final class FailureCause {
    private FailureCause() {
    }

    public static String of(Throwable e) {
        if (e instanceof FolderIoException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            return "I/O error: " + FolderIoException.cause(io);
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
