package dev.panj.ui;

import dev.panj.results.io.OutputDirectoryException;
import dev.panj.results.io.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Takes a command's {@code --out} folder (see {@link OutputFolder}): locked until the command ends. */
final class Folders {
    private Folders() {
    }

    /** The folder to write, locked; null without {@code --out}. With {@code resume} the folder's output is kept. */
    static OutputFolder take(Path out, boolean overwrite, boolean resume, CommandSpec spec)
            throws OutputDirectoryException, IOException {
        if (out == null) {
            return null;
        }
        return resume ? OutputFolder.reopen(out, ShellCommand.text(spec))
                : OutputFolder.create(out, overwrite, ShellCommand.text(spec));
    }
}
