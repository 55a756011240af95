package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.stats.KaplanMeier;
import dev.panj.sim.metrics.MetricKind;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Axes that do not mislead and legends that name what is drawn. */
class ChartAxesTest {

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        return labels;
    }

    @Test
    void timeSeries_cumulativeCount_axisFromZeroEvenWhenTheBandDipsBelow() {
        double[] hours = {0, 1, 2, 3};
        // A t interval of a count near 0 reaches below 0; the count cannot.
        BandSeries a = new BandSeries("barrier-2015", Palette.category(0), hours, new double[] {0, 1, 2, 3},
                new double[] {-10, -4, -1, 0}, new double[] {10, 6, 5, 6});
        BandSeries b = new BandSeries("csto-rapid", Palette.category(1), hours, new double[] {0, 2, 3, 4},
                new double[] {0, 1, 2, 3}, new double[] {0, 3, 4, 5});

        JFreeChart chart = TimeSeriesChart.create("Militants crossed", null, "Militants crossed (militants)",
                MetricKind.COUNT, List.of(a, b));
        XYPlot plot = chart.getXYPlot();

        assertEquals(0, plot.getRangeAxis().getLowerBound(), 1e-12, "a count's axis starts at 0");
        assertTrue(plot.getRangeAxis().getUpperBound() >= 6, "and covers the highest band");
        List<String> labels = legend(chart);
        assertTrue(labels.containsAll(List.of("barrier-2015", "csto-rapid")), labels.toString());
        assertEquals(Palette.category(0), plot.getRenderer().getSeriesPaint(0), "first series in the first colour");
        assertEquals(Palette.category(1), plot.getRenderer().getSeriesPaint(1));
        RenderedCheck.assertNothingOutside(new Chart("ts", "c", "a", chart, 900, 420));
    }

    @Test
    void timeSeries_overlappingSeries_detected() {
        double[] hours = {0, 1, 2};
        BandSeries a = new BandSeries("a", Palette.category(0), hours, new double[] {0, 100, 200},
                new double[] {0, 90, 190}, new double[] {0, 110, 210});
        BandSeries near = new BandSeries("b", Palette.category(1), hours, new double[] {0, 100.5, 200.4},
                new double[] {0, 90, 190}, new double[] {0, 110, 210});
        BandSeries apart = new BandSeries("c", Palette.category(2), hours, new double[] {0, 110, 230},
                new double[] {0, 90, 190}, new double[] {0, 110, 210});

        assertTrue(near.overlaps(a), "within half a percent of the largest value: drawn over each other");
        assertTrue(!apart.overlaps(a), "15% apart: visible");
    }

    @Test
    void survival_axisZeroToHundredPercentLegendNamesCurvesAndBand() {
        KaplanMeier km = KaplanMeier.estimate(new double[] {1, 2, 2, 3, 4, 5, 6, 8, 9, 12},
                new boolean[] {true, true, false, true, true, false, true, true, false, true}, 0.95);
        JFreeChart chart = SurvivalChart.create("Time to detection", "synthetic", "detection",
                List.of(new SurvivalChart.Curve("barrier-2015", Palette.category(0), km)), new double[] {0, 4, 8});
        XYPlot plot = chart.getXYPlot();

        assertEquals(0, plot.getRangeAxis().getLowerBound(), 1e-12);
        assertTrue(plot.getRangeAxis().getUpperBound() >= 100);
        assertEquals(0, plot.getDomainAxis().getLowerBound(), 1e-12, "time from 0");
        assertEquals(12, plot.getDomainAxis().getUpperBound(), 1e-12, "to the last time observed, not JFreeChart's 1");
        List<String> labels = legend(chart);
        assertEquals("barrier-2015", labels.get(0));
        assertTrue(labels.get(1).startsWith("95% confidence band"), labels.toString());
        // The curve starts at 100% and steps down at the first event time (1 h) to 90%.
        assertEquals(100, plot.getDataset(0).getYValue(0, 0), 1e-9);
        assertEquals(90, plot.getDataset(0).getYValue(0, 2), 1e-9);
        RenderedCheck.assertNothingOutside(new Chart("km", "c", "a", chart, 900, 460));
        RenderedCheck.assertContainsText(new Chart("km", "c", "a", chart, 900, 460), "At risk: 0 h 10; 4 h 6; 8 h 3");
    }
}
