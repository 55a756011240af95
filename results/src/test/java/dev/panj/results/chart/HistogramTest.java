package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

class HistogramTest {
    private static Chart chart(JFreeChart histogram) {
        return new Chart("h", "caption", "alt text", histogram, 800, 400);
    }

    @Test
    void create_countAxisFromZeroAndCoversTheTallestBar() {
        double[] d = {-3, -3, -3, -3, -3, -3, -2, 0, 0, 1, 2, 2};

        JFreeChart histogram = Histogram.create("t", null, "difference", d, Histogram.Bins.forValues(d), Double.NaN,
                Double.NaN, -1.17, -2.3, 0.1, true, Histogram.Colouring.plain(Palette.SKY_BLUE));
        RenderedCheck.image(chart(histogram));
        ValueAxis count = histogram.getXYPlot().getRangeAxis();

        assertEquals(0, count.getLowerBound(), 0, "a count starts at 0");
        assertTrue(count.getUpperBound() >= 6, "the tallest bar (6) fits: " + count.getUpperBound());
        RenderedCheck.assertNothingOutside(chart(histogram));
    }

    @Test
    void bins_wholeNumbers_centredOnThemSoZeroHasItsOwnBar() {
        Histogram.Bins bins = Histogram.Bins.forValues(new double[] {-4, -1, 0, 0, 2, 5, 7, 0, 1, 3});

        assertEquals(1.0, bins.width() % 1, 1.0, "whole width");
        assertTrue(bins.width() >= 1);
        assertEquals(-bins.width() / 2, bins.origin(), 1e-12, "0 in the middle of a bin");
    }

    @Test
    void bins_fractions_centredOnZeroTooAndSaySo() {
        Histogram.Bins bins = Histogram.Bins.forValues(new double[] {0, 0, 0, 0, 0.05, 0.12, -0.08, 0.2, 0.31, 0.02});

        assertEquals(-bins.width() / 2, bins.origin(), 1e-12, "zeros in the middle of a bin, not at the edge of a gain's");
        assertTrue(bins.zeroBin().startsWith("within ±"), bins.zeroBin());
        assertEquals("no difference", Histogram.Bins.forValues(new double[] {0, 1, 2, 0, -1, 3}).zeroBin());
    }

    @Test
    void create_legendNamesTheColoursTheMeanAndTheBand() {
        Histogram.Colouring colouring = new Histogram.Colouring(x -> x < 0 ? Palette.BETTER : Palette.WORSE,
                List.of(Histogram.key("better for the forces", Palette.BETTER), Histogram.key("worse", Palette.WORSE)));

        JFreeChart histogram = Histogram.create("t", null, "difference", new double[] {-2, -1, 1, 3}, new Histogram.Bins(1,
                -0.5), Double.NaN, Double.NaN, 0.25, -2, 2.5, true, colouring);
        LegendItemCollection items = histogram.getXYPlot().getLegendItems();
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }

        assertEquals(List.of("better for the forces", "worse", "95% confidence interval of the mean", "mean",
                "no difference"), labels);
        java.awt.image.BufferedImage image = RenderedCheck.image(chart(histogram));
        assertTrue(RenderedCheck.pixels(image, Palette.BETTER) > 500, "bars left of 0 in the better colour");
        assertTrue(RenderedCheck.pixels(image, Palette.WORSE) > 500, "bars right of 0 in the worse colour");
    }

    @Test
    void create_noValues_noChart() {
        assertNull(Histogram.create("t", null, "x", new double[] {Double.NaN}, new Histogram.Bins(1, 0), 0, 1,
                Double.NaN, Double.NaN, Double.NaN, false, Histogram.Colouring.plain(Palette.SKY_BLUE)));
    }
}
