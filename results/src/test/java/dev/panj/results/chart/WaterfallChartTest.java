package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The waterfall of an attribution: bars from the running total, coloured by sign and significance. */
class WaterfallChartTest {
    private static final WaterfallChart.LabelFormat FORMAT = new WaterfallChart.LabelFormat() {
        @Override
        public String value(double v) {
            return String.format(Locale.ROOT, "%.2f", v);
        }

        @Override
        public String contribution(double v) {
            return (v < 0 ? "\u2212" : "+") + String.format(Locale.ROOT, "%.2f", Math.abs(v));
        }
    };

    @TempDir
    Path tmp;

    private static Chart chart() {
        return WaterfallChart.create("waterfall-test", "caption", "Militants interdicted", "Shapley values",
                "militants interdicted", "barrier-2015-national", 38, List.of(
                        new WaterfallStep("Russian help", 9, 7, 11, true),
                        new WaterfallStep("co-operation", 3, -0.5, 6.5, false),
                        new WaterfallStep("faster reporting", -2, -3, -1, true)),
                "barrier-2015", 48, FORMAT);
    }

    @Test
    void create_barsRunFromTheStartThroughEachContributionToTheEnd() {
        CategoryPlot plot = (CategoryPlot) chart().chart().getPlot();
        DefaultIntervalCategoryDataset data = (DefaultIntervalCategoryDataset) plot.getDataset();

        assertEquals(5, data.getColumnCount());
        assertEquals(List.of(0.0, 38.0, 47.0, 48.0, 0.0), List.of(start(data, 0), start(data, 1), start(data, 2),
                start(data, 3), start(data, 4)));
        assertEquals(List.of(38.0, 47.0, 50.0, 50.0, 48.0), List.of(end(data, 0), end(data, 1), end(data, 2),
                end(data, 3), end(data, 4)));
        // A join above each of the three steps, their three whiskers, the join to the end and five labels.
        assertEquals(12, plot.getAnnotations().size());
    }

    @Test
    void create_coloursRiseBlueFallVermillionAndNotSignificantGrey() {
        CategoryPlot plot = (CategoryPlot) chart().chart().getPlot();

        assertEquals(ChartStyle.BLUE, plot.getRenderer().getItemPaint(0, 1));
        assertEquals(WaterfallChart.NOT_SIGNIFICANT, plot.getRenderer().getItemPaint(0, 2));
        assertEquals(ChartStyle.VERMILLION, plot.getRenderer().getItemPaint(0, 3));
        assertEquals(WaterfallChart.ENDS, plot.getRenderer().getItemPaint(0, 4));
        assertEquals("+9.00", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 1));
        assertEquals("\u22122.00", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0,
                3));
    }

    @Test
    void write_drawsThePngAndTheSvg() throws Exception {
        RenderedChart written = ChartFiles.write(tmp, chart());

        BufferedImage image = javax.imageio.ImageIO.read(tmp.resolve("waterfall-test.png").toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(170 + 5 * 40, image.getHeight());
        assertTrue(written.png().length > 1000);
        assertTrue(java.nio.file.Files.readString(tmp.resolve("waterfall-test.svg")).contains("Russian help"));
        if (System.getProperty("panj.keepCharts") != null) {
            java.nio.file.Files.copy(tmp.resolve("waterfall-test.png"), Path.of(System.getProperty("panj.keepCharts")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static double start(DefaultIntervalCategoryDataset data, int column) {
        return data.getStartValue(0, column).doubleValue();
    }

    private static double end(DefaultIntervalCategoryDataset data, int column) {
        return data.getEndValue(0, column).doubleValue();
    }
}
