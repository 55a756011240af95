package dev.panj.ui;

import dev.panj.results.attribute.AttributionManifest;
import dev.panj.results.attribute.AttributionReport;
import dev.panj.results.io.BatchLayout;
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
            "Rebuilds charts/ (PNG and SVG) and report.html of a finished batch, sweep or attribution folder from the "
                    + "files in it."
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A folder written by panj batch, panj sweep or panj attribute --out DIR.")
    private Path dir;

    @Option(names = "--pair", paramLabel = "A,B",
            description = "Sweeps only: also draw heat maps of the charted metrics over factors A and B (repeatable).")
    private List<String> pairs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
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
        return written(BatchReport.write(dir));
    }

    private int written(List<String> written) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + dir.resolve(BatchLayout.REPORT) + " and " + (written.size() - 1)
                + " chart files in " + dir.resolve(BatchLayout.CHARTS));
        stdout.flush();
        return ExitCode.OK;
    }
}
