package dev.panj.results.report;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.gis.GisFiles;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the GIS files (GeoJSON and KML of the sectors and the deployment), the charts (PNG and SVG, in
 * {@code charts/}) and {@code report.html} of a finished batch folder from
 * the folder's files alone, so the report can be rebuilt without rerunning anything; the same files give the
 * same charts, byte for byte.
 */
public final class BatchReport {
    private BatchReport() {
    }

    /**
     * Writes the charts and the report into {@code dir} and returns the names written, relative to {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} is not a finished batch folder
     */
    public static List<String> write(Path dir) throws OutputDirectoryException, IOException {
        BatchFolderContents contents = BatchFolderContents.read(dir);
        Path folder = dir.resolve(BatchLayout.CHARTS);
        List<RenderedChart> rendered = new ArrayList<>();
        List<String> names = new ArrayList<>(gis(dir, contents));
        for (Chart chart : ReportCharts.build(contents)) {
            rendered.add(ChartFiles.write(folder, chart));
            names.add(BatchLayout.CHARTS + "/" + chart.name() + ".png");
            names.add(BatchLayout.CHARTS + "/" + chart.name() + ".svg");
        }
        AtomicFiles.writeString(dir.resolve(BatchLayout.REPORT), BatchPage.render(contents, rendered));
        names.add(BatchLayout.REPORT);
        return List.copyOf(names);
    }

    /** sectors and deployment as GeoJSON and KML; none when the scenario is not on a map or no longer loads. */
    private static List<String> gis(Path dir, BatchFolderContents contents) throws IOException {
        if (contents.scenario() == null) {
            return List.of();
        }
        try {
            return GisFiles.writeBatch(dir, contents.scenarioName(), contents.scenario().config(), contents.sectors(),
                    contents.replications(), ScenarioLibrary.geoData());
        } catch (IllegalArgumentException e) {
            return List.of(); // the geography cannot be built: the report's maps say so
        }
    }
}
