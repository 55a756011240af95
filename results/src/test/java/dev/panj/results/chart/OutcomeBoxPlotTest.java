package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.metrics.MetricKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** Distributions per replication: one colour per scenario, counts from 0. */
class OutcomeBoxPlotTest {

    @Test
    void create_eachScenarioInItsColourAndACountAxisFromZero() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("barrier-2015-national", new double[] {3, 4, 5, 6, 7, 8});
        values.put("barrier-2015", new double[] {2, 3, 3, 4, 5, 6});
        List<java.awt.Color> colours = List.of(Palette.category(0), Palette.category(1));

        JFreeChart chart = OutcomeBoxPlot.create("Militants leaked", null, "Militants leaked (militants)",
                MetricKind.COUNT, values, colours, 1);
        CategoryPlot plot = chart.getCategoryPlot();

        assertEquals(Palette.category(0), plot.getRenderer().getItemPaint(0, 0));
        assertEquals(Palette.category(1), plot.getRenderer().getItemPaint(0, 1), "not one colour for both");
        assertEquals(0, plot.getRangeAxis().getLowerBound(), 1e-12, "a count's axis from 0");
        Chart c = new Chart("box", "c", "a", chart, 700, 420);
        RenderedCheck.assertNothingOutside(c);
        assertTrue(RenderedCheck.pixels(RenderedCheck.image(c), Palette.category(1)) > 50, "second colour drawn");
    }
}
