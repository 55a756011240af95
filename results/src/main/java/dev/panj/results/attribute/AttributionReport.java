package dev.panj.results.attribute;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.FinishedFolderCheck;
import dev.panj.results.io.OutputDirectoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws an attribution folder's charts (PNG and SVG, in {@code charts/}) and {@code report.html} from its
 * {@value AttributionLayout#ATTRIBUTION_JSON} and manifest alone, so they can be drawn again without rerunning.
 */
public final class AttributionReport {
    private AttributionReport() {
    }

    /**
     * Writes the charts and the report of the finished attribution in {@code dir} and returns the names written,
     * relative to {@code dir}, the report last.
     *
     * @throws OutputDirectoryException if {@code dir} is not a finished attribution
     */
    public static List<String> write(Path dir) throws OutputDirectoryException, IOException {
        Path json = dir.resolve(AttributionLayout.ATTRIBUTION_JSON);
        if (!Files.isRegularFile(json)) {
            throw new OutputDirectoryException("folder " + dir + " holds no " + AttributionLayout.ATTRIBUTION_JSON
                    + ", so it is not a finished Panj attribution (an interrupted one needs panj attribute --resume)");
        }
        AttributionManifest manifest = AttributionManifest.read(dir);
        FinishedFolderCheck.check(dir, "attribution", List.of(AttributionLayout.CHANGES, AttributionLayout.CELLS,
                AttributionLayout.RUNS, AttributionLayout.DIFFERENCES, AttributionLayout.SHAPLEY,
                AttributionLayout.EFFECTS, AttributionLayout.FAILURES), AttributionLayout.RUNS,
                manifest.finished() - manifest.failed());
        AttributionFile file;
        try {
            file = AttributionFile.read(json);
        } catch (IOException e) {
            throw new OutputDirectoryException(json + " is damaged: " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        Map<String, RenderedChart> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, Chart> chart : AttributionCharts.build(file).entrySet()) {
            rendered.put(chart.getKey(), ChartFiles.write(dir.resolve(AttributionLayout.CHARTS), chart.getValue()));
            names.add(AttributionLayout.CHARTS + "/" + chart.getValue().name() + ".png");
            names.add(AttributionLayout.CHARTS + "/" + chart.getValue().name() + ".svg");
        }
        AtomicFiles.writeString(dir.resolve(AttributionLayout.REPORT), AttributionPage.render(file, manifest, rendered));
        names.add(AttributionLayout.REPORT);
        return List.copyOf(names);
    }
}
