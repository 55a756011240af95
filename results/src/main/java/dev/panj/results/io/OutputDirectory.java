package dev.panj.results.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder inside an output folder that a command already holds (e.g. a compare's batch of one scenario): it must
 * be new or empty. The output folder itself is taken with {@link OutputFolder}, which locks it and removes on
 * {@code --overwrite} only what Panj wrote.
 */
public final class OutputDirectory {
    /** The file every complete Panj output folder contains. */
    public static final String MARKER = "manifest.json";

    private OutputDirectory() {
    }

    /**
     * Makes the inner folder {@code dir} ready: creates it if missing and accepts it empty.
     *
     * @throws OutputDirectoryException if it is a file or not empty
     * @throws IOException if the file system fails while creating it
     */
    public static void prepare(Path dir) throws OutputDirectoryException, IOException {
        if (!Files.exists(dir)) {
            OutputFolder.io("create", dir, () -> Files.createDirectories(dir));
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new OutputDirectoryException("output folder " + dir + " is a file, not a folder");
        }
        try (var entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                throw new OutputDirectoryException("output folder " + dir + " is not empty; choose another folder");
            }
        }
    }
}
