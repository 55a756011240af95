package dev.panj.results.sweep;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.FinishedFolderCheck;
import dev.panj.results.io.OutputDirectoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the charts (PNG and SVG, in {@code charts/}) and writes {@code report.html} of a finished sweep folder
 * from the folder's files alone, so they can be drawn again, with heat maps of other pairs of factors, without
 * rerunning anything.
 */
public final class SweepReport {

    private SweepReport() {
    }

    /**
     * Writes the charts and the report into {@code dir} and returns the names written, relative to {@code dir}.
     * {@code extraPairs} are drawn besides the pairs the sweep was run with.
     *
     * @throws OutputDirectoryException if {@code dir} is not a finished sweep folder
     */
    public static List<String> write(Path dir, List<FactorPair> extraPairs) throws OutputDirectoryException, IOException {
        SweepManifest manifest = SweepManifest.read(dir);
        FinishedFolderCheck.check(dir, "sweep", List.of(SweepLayout.DESIGN, SweepLayout.RUNS, SweepLayout.POINTS,
                SweepLayout.SENSITIVITY_CSV, SweepLayout.FAILURES), SweepLayout.RUNS, manifest.runs() - manifest.failed());
        SweepFolder folder = SweepFolder.read(dir);
        Path charts = dir.resolve(SweepLayout.CHARTS);
        List<RenderedChart> rendered = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Chart chart : SweepCharts.build(folder, extraPairs)) {
            rendered.add(ChartFiles.write(charts, chart));
            names.add(SweepLayout.CHARTS + "/" + chart.name() + ".png");
            names.add(SweepLayout.CHARTS + "/" + chart.name() + ".svg");
        }
        AtomicFiles.writeString(dir.resolve(SweepLayout.REPORT), SweepPage.render(folder, rendered));
        names.add(SweepLayout.REPORT);
        return List.copyOf(names);
    }

    /** The factors of the sweep in {@code dir}, for checking a pair asked for. */
    public static List<Factor> factors(Path dir) throws OutputDirectoryException, IOException {
        return SweepManifest.read(dir).factors();
    }
}
