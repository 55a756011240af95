package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowChartTest {
    private static final String LONG_SUBTITLE = "mean paired difference, scenario − baseline, over 300 replications in "
            + "common; each metric on its own axis, shares in percentage points; filled: significant after Holm's "
            + "correction, which is a long subtitle that must wrap";

    private static RowChart forest() {
        List<RowChart.Row> rows = List.of(
                new RowChart.Row("Militants interdicted (militants)", List.of(
                        RowChart.Mark.whisker(8.1, 15.4, Palette.BETTER, 0),
                        RowChart.Mark.interval(9.48, 14.09, Palette.BETTER, 0),
                        RowChart.Mark.point(11.78, Palette.BETTER, true, 0)),
                        "+11.78 (+9.48 to +14.09) · Holm p <0.001", new RowChart.Range("", 0, 15.4), false),
                new RowChart.Row("Force hours (person-hours)", List.of(
                        RowChart.Mark.interval(1176.47, 1503.18, Palette.WORSE, 0),
                        RowChart.Mark.point(1339.83, Palette.WORSE, true, 0)),
                        "+1339.83 (+1176.47 to +1503.18) · Holm p <0.001", new RowChart.Range("", 0, 1600), false),
                new RowChart.Row("Militants arrived (militants)", List.of(), "identical in every replication",
                        new RowChart.Range("", -1, 1), true));
        return RowChart.ownAxes("barrier-2015 vs barrier-2015-national", LONG_SUBTITLE, rows,
                List.of(new RowChart.Key("better for the forces", RowChart.Form.POINT, Palette.BETTER, true),
                        new RowChart.Key("worse", RowChart.Form.POINT, Palette.WORSE, true),
                        new RowChart.Key("family-wise 95% interval (Bonferroni, 15 metrics)", RowChart.Form.WHISKER,
                                Palette.NEUTRAL, true)), 1000);
    }

    @Test
    void ownAxes_everyTextInsideTheCanvas() {
        RowChart chart = forest();

        RenderedCheck.assertNothingOutside(new Chart("forest", "caption", "alt text", chart, chart.width(),
                chart.height()));
    }

    @Test
    void ownAxes_eachRowHasItsOwnTicksInItsUnit() {
        RowChart chart = forest();
        Chart c = new Chart("forest", "caption", "alt text", chart, chart.width(), chart.height());

        RenderedCheck.assertContainsText(c, "1500");
        RenderedCheck.assertContainsText(c, "15");
        RenderedCheck.assertContainsText(c, "identical in every replication");
        RenderedCheck.assertContainsText(c, "Force hours (person-hours)");
    }

    @Test
    void marks_drawnInTheirColours() {
        RowChart chart = forest();
        BufferedImage image = ChartFiles.image(chart, chart.width(), chart.height());

        assertTrue(RenderedCheck.pixels(image, Palette.BETTER) > 100, "better marks");
        assertTrue(RenderedCheck.pixels(image, Palette.WORSE) > 100, "worse marks");
    }

    @Test
    void sharedAxis_barsFromZero() {
        RowChart chart = RowChart.sharedAxis("tornado", "", List.of(
                new RowChart.Row("a", List.of(RowChart.Mark.bar(0.74, Palette.BLUE, 0)), "", null, false),
                new RowChart.Row("b", List.of(RowChart.Mark.bar(-0.3, Palette.VERMILLION, 0)), "", null, false)),
                new RowChart.Range("SRC", -1, 1), List.of(), 800);
        Chart c = new Chart("t", "caption", "alt text", chart, chart.width(), chart.height());
        BufferedImage image = ChartFiles.image(chart, chart.width(), chart.height());

        int blue = RenderedCheck.pixels(image, Palette.BLUE);
        int red = RenderedCheck.pixels(image, Palette.VERMILLION);
        assertTrue(blue > 2 * red, "bar lengths in proportion: " + blue + " vs " + red);
        RenderedCheck.assertContainsText(c, "SRC");
        RenderedCheck.assertNothingOutside(c);
    }

    @Test
    void sharedFixedAxis_intervalBeyondIsCutWithAnArrowheadInsideTheCanvas() {
        // A Sobol' first-order interval of a small design, [-7.0, 7.7], on an axis of indices from -0.2 to 1.
        RowChart wide = RowChart.sharedAxis("tornado", "", List.of(new RowChart.Row("a", List.of(
                        RowChart.Mark.bar(0.02, Palette.SKY_BLUE, -0.2),
                        RowChart.Mark.whisker(-7.01, 7.71, Palette.INK, -0.2)), "", null, false)),
                new RowChart.Range("Sobol' index", -0.2, 1.0, true), List.of(), 800);
        RowChart narrow = RowChart.sharedAxis("tornado", "", List.of(new RowChart.Row("a", List.of(
                        RowChart.Mark.bar(0.02, Palette.SKY_BLUE, -0.2),
                        RowChart.Mark.whisker(0.0, 0.5, Palette.INK, -0.2)), "", null, false)),
                new RowChart.Range("Sobol' index", -0.2, 1.0, true), List.of(), 800);
        Chart c = new Chart("t", "caption", "alt text", wide, wide.width(), wide.height());

        RenderedCheck.assertNothingOutside(c);
        List<String> texts = RenderedCheck.texts(c);
        assertTrue(texts.contains("1.0") && texts.contains("-0.2".replace('-', '\u2212')),
                "the axis keeps its fixed range, not stretched to -7..8: " + texts);
        assertEquals(closedPaths(narrow) + 2, closedPaths(wide), "two arrowheads mark the cut ends");
    }

    /** Filled triangles (closed paths) in the chart's SVG. */
    private static long closedPaths(RowChart chart) {
        String svg = ChartFiles.svg(new Chart("t", "caption", "alt text", chart, chart.width(), chart.height()));
        return java.util.regex.Pattern.compile("<path[^>]* d='[^']*Z'").matcher(svg).results().count();
    }

    @Test
    void ownAxes_rowWithoutAxis_refused() {
        assertThrows(IllegalArgumentException.class, () -> RowChart.ownAxes("t", "", List.of(
                new RowChart.Row("a", List.of(), "", null, false)), List.of(), 800));
    }
}
