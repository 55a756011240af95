package dev.panj.results.report;

import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.FileDigests;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.ManifestView;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.results.io.TableCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks a batch folder before anything is drawn from it (by {@code report}, or by a comparison reading its
 * batches): a finished batch, every table complete with its header, runs.csv with as many rows as the manifest
 * records, each finished file with its recorded SHA-256. Damage is named by file and line, with the remedy.
 */
public final class BatchFolderCheck {
    private BatchFolderCheck() {
    }

    /**
     * Checks the batch folder {@code dir} and returns its manifest.
     *
     * @throws OutputDirectoryException exit 2 if it is not a finished batch (with the command that completes it),
     *                                  exit 65 if a file is damaged
     */
    public static ManifestView check(Path dir) throws OutputDirectoryException, IOException {
        ManifestView view = ManifestView.read(dir);
        if (!"batch".equals(view.kind())) {
            throw new OutputDirectoryException("folder " + dir + " is not a Panj batch output (its "
                    + BatchLayout.MANIFEST + " is that of a " + view.kind() + ")");
        }
        if (!"complete".equals(view.status())) {
            throw new OutputDirectoryException("the batch in " + dir + " is not finished (it is " + view.status()
                    + (view.failure() != null ? ": " + view.failure() : "") + "); complete it with: "
                    + view.resumeCommand());
        }
        checkFiles(dir, view);
        return view;
    }

    /**
     * Checks every table against the manifest before anything is drawn from it: each complete with its header,
     * runs.csv with as many rows as replications recorded, and each finished file with its recorded SHA-256.
     */
    private static void checkFiles(Path dir, ManifestView view) throws OutputDirectoryException, IOException {
        String redo = view.rerunHint();
        if (!Files.isRegularFile(dir.resolve(BatchLayout.SCENARIO))) {
            throw JsonFiles.damaged(dir.resolve(BatchLayout.SCENARIO), "is missing; " + redo);
        }
        List<TableCheck.Record> runs = new TableCheck(dir.resolve(BatchLayout.RUNS), redo)
                .check(null, view.replications() == null ? -1 : view.replications());
        List<String> header = runs.get(0).fields();
        if (header.size() < 2 || !header.get(0).equals("index") || !header.get(1).equals("seed")) {
            throw JsonFiles.damaged(dir.resolve(BatchLayout.RUNS), "line 1 is not the header Panj writes "
                    + "(index,seed,...); " + redo);
        }
        for (String table : List.of(BatchLayout.TIME_SERIES, BatchLayout.SECTORS)) {
            new TableCheck(dir.resolve(table), redo).check(null, -1);
        }
        for (String table : List.of(BatchLayout.FAILURES, BatchLayout.TIME_SERIES_RUNS)) {
            if (Files.exists(dir.resolve(table)) || view.digests().containsKey(table)) {
                new TableCheck(dir.resolve(table), redo).check(null, -1);
            }
        }
        FileDigests.check(dir, view.digests(), BatchLayout.MANIFEST, redo);
    }

}
