package dev.panj.ui;

import dev.panj.results.attribute.AttributionManifest;
import dev.panj.results.attribute.AttributionReport;
import dev.panj.results.compare.ComparisonManifest;
import dev.panj.results.compare.ComparisonReport;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.experiment.ResumeNotice;
import dev.panj.results.io.ManifestView;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.report.BatchReport;
import dev.panj.results.sweep.Factor;
import dev.panj.results.sweep.FactorPair;
import dev.panj.results.sweep.SweepManifest;
import dev.panj.results.sweep.SweepReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code panj report}: rebuilds the charts and report of a batch, sweep or attribution folder from its files, without
 * rerunning.
 */
@Command(name = "report",
        description = {
            "Rebuilds charts/ (PNG and SVG) and report.html of a finished batch, compare, sweep or attribution folder "
                    + "from the files in it, after checking each against the folder's manifest.",
            "Exit codes: 0 done, 2 not a finished batch, compare, sweep or attribution folder, 65 a damaged file "
                    + "(named with its line), 74 I/O error, 75 the folder is in use by another Panj command."
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A folder written by panj batch, compare, sweep or attribute --out DIR.")
    private Path dir;

    @Option(names = "--pair", paramLabel = "A,B",
            description = "Sweeps only: also draw heat maps of the charted metrics over factors A and B (repeatable).")
    private List<String> pairs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (OutputFolder folder = OutputFolder.reopen(dir, ShellCommand.text(spec))) {
            return rebuild();
        }
    }

    private int rebuild() throws Exception {
        String kind = ManifestView.read(dir).kind();
        if (ComparisonManifest.KIND.equals(kind) && pairs.isEmpty()) {
            return written(ComparisonReport.write(dir));
        }
        if (!List.of(ComparisonManifest.KIND, SweepManifest.KIND, "attribution", "batch").contains(kind)) {
            throw new OutputDirectoryException(dir + " holds the output of a panj " + kind + ", which has no report "
                    + "to rebuild; panj report rebuilds batch, compare, sweep and attribute folders");
        }
        if (SweepManifest.isSweep(dir)) {
            List<String> factors = SweepReport.factors(dir).stream().map(Factor::name).toList();
            List<FactorPair> extra = new ArrayList<>();
            pairs.forEach(p -> extra.add(PairOption.parse(spec.commandLine(), p, factors)));
            return written(SweepReport.write(dir, extra));
        }
        if (AttributionManifest.isAttribution(dir) && pairs.isEmpty()) {
            return written(AttributionReport.write(dir));
        }
        if (!pairs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--pair draws pairs of factors of a sweep, and " + dir
                    + " holds no sweep");
        }
        checkBatchFinished(ManifestView.read(dir));
        return written(BatchReport.write(dir));
    }

    /** An unfinished batch: say what its journal holds and which replications {@code --resume} redoes. */
    private void checkBatchFinished(ManifestView view) throws Exception {
        if (!"batch".equals(view.kind()) || "complete".equals(view.status())) {
            return;
        }
        ResumeNotice notice = ResumeNotice.of(dir);
        String found = notice.found().isEmpty() ? "" : notice.found() + "; ";
        String redo = notice.redone().isEmpty() ? "to finish it" : "to redo " + notice.redone();
        throw new OutputDirectoryException("the batch in " + dir + " is not finished (it is " + view.status()
                + (view.failure() != null ? ": " + view.failure() : "") + "); " + found + "run `"
                + view.resumeCommand() + "` " + redo);
    }

    private int written(List<String> written) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + dir.resolve(BatchLayout.REPORT) + " and " + (written.size() - 1)
                + " chart files in " + dir.resolve(BatchLayout.CHARTS));
        stdout.flush();
        return ExitCode.OK;
    }
}
