package dev.panj.results.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks a finished sweep or attribution folder before {@code panj report} draws anything from it, as
 * {@code BatchFolderCheck} does a batch folder: a finished run, every table complete with as many fields on each
 * line as its header, the runs table with as many rows as the manifest records, and each finished file with the
 * SHA-256 its manifest records. Damage is named by file and line, with the remedy (exit code 65).
 */
public final class FinishedFolderCheck {
    private FinishedFolderCheck() {
    }

    /**
     * @param what     "sweep" or "attribution", for the messages
     * @param tables   the CSV tables to check where present (or recorded in the manifest)
     * @param runs     the table with one row per completed run
     * @param runRows  the number of completed runs the manifest records, or -1 if it does not
     * @throws OutputDirectoryException exit 2 if it is not finished (with the command that completes it), exit 65
     *                                  if a file is damaged
     */
    public static ManifestView check(Path dir, String what, List<String> tables, String runs, int runRows)
            throws OutputDirectoryException, IOException {
        ManifestView view = ManifestView.read(dir);
        if (!"complete".equals(view.status())) {
            throw new OutputDirectoryException("the " + what + " in " + dir + " is not finished (it is " + view.status()
                    + (view.failure() != null ? ": " + view.failure() : "") + "); complete it with: "
                    + view.resumeCommand());
        }
        String redo = view.rerunHint();
        Map<String, String> digests = view.digests();
        for (String table : tables) {
            boolean counted = table.equals(runs);
            if (counted || Files.exists(dir.resolve(table)) || digests.containsKey(table)) {
                new TableCheck(dir.resolve(table), redo).check(null, counted ? runRows : -1);
            }
        }
        FileDigests.check(dir, digests, BatchLayout.MANIFEST, redo);
        return view;
    }

    /** The SHA-256 of those of {@code names} that are files in {@code dir} (folders such as charts/ left out). */
    public static Map<String, String> digests(Path dir, List<String> names) throws IOException {
        return FileDigests.of(dir, names.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).toList());
    }
}
