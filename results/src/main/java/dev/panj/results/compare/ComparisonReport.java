package dev.panj.results.compare;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.gis.GisFiles;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what a comparison derives from its scenarios' batch folders: {@code comparison.json},
 * {@code comparison.csv}, the GIS files (sectors with the differences, deployments; GeoJSON and KML), the charts (PNG and SVG, in {@code charts/}) and {@code report.html}. The tables come
 * first, so that a stop while the charts are drawn leaves the results.
 */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    /**
     * Rebuilds everything derived in the comparison folder {@code dir} from its files and returns the names
     * written, relative to {@code dir}.
     *
     * @throws OutputDirectoryException if {@code dir} is not a comparison whose batches are all finished
     */
    public static List<String> write(Path dir) throws OutputDirectoryException, IOException {
        ComparisonFolder folder = ComparisonFolder.read(dir);
        return write(folder, folder.result());
    }

    static List<String> write(ComparisonFolder folder, ComparisonResult result) throws IOException {
        Path dir = folder.dir();
        List<String> names = new ArrayList<>();
        AtomicFiles.writeString(dir.resolve(ComparisonLayout.COMPARISON_JSON), ComparisonWriter.json(folder, result));
        names.add(ComparisonLayout.COMPARISON_JSON);
        AtomicFiles.writeString(dir.resolve(ComparisonLayout.COMPARISON_CSV), ComparisonWriter.csv(result));
        names.add(ComparisonLayout.COMPARISON_CSV);
        names.addAll(gis(folder));
        Path charts = dir.resolve(ComparisonLayout.CHARTS);
        Map<ChartGroup, List<RenderedChart>> rendered = new LinkedHashMap<>();
        for (ChartGroup group : ComparisonCharts.build(folder, result)) {
            List<RenderedChart> written = new ArrayList<>();
            for (Chart chart : group.charts()) {
                written.add(ChartFiles.write(charts, chart));
                names.add(ComparisonLayout.CHARTS + "/" + chart.name() + ".png");
                names.add(ComparisonLayout.CHARTS + "/" + chart.name() + ".svg");
            }
            rendered.put(group, written);
        }
        AtomicFiles.writeString(dir.resolve(ComparisonLayout.REPORT), ComparisonPage.render(folder, result, rendered));
        names.add(ComparisonLayout.REPORT);
        return List.copyOf(names);
    }

    /** The sectors of all scenarios with their differences, and their deployments, as GeoJSON and KML. */
    private static List<String> gis(ComparisonFolder folder) throws IOException {
        ScenarioFolder baseline = folder.baseline();
        List<GisFiles.Side> others = new ArrayList<>();
        for (ScenarioFolder s : folder.scenarios()) {
            if (!s.name().equals(folder.baselineName())) {
                others.add(side(s));
            }
        }
        try {
            return GisFiles.writeComparison(folder.dir(), side(baseline), others, ScenarioLibrary.geoData());
        } catch (IllegalArgumentException e) {
            return List.of(); // the geography cannot be built: the report's maps say so
        }
    }

    private static GisFiles.Side side(ScenarioFolder s) {
        return new GisFiles.Side(s.name(), s.folder().replaceAll("[^A-Za-z0-9]", "_"),
                s.scenario() == null ? null : s.scenario().config(), s.sectors());
    }
}
