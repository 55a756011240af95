package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.metrics.MetricKind;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;

/** Main effects: a panel per factor in its own unit, the metric's axis from 0, categories not joined by a line. */
class MainEffectsChartTest {

    private static Panels chart() {
        EffectLine delay = new EffectLine("processing delay", "processing delay (h)", Palette.category(0),
                new double[] {0.5, 1.6, 2.8, 4.1, 5.4}, new double[] {27, 25, 23.5, 22.6, 22.3},
                new double[] {22.3, 22.9, 22.8, 20.9, 18.8}, new double[] {31.8, 27.4, 24.2, 24.3, 25.7}, null);
        EffectLine mode = new EffectLine("engagement mode", "engagement mode", Palette.category(3),
                new double[] {0, 1}, new double[] {24.8, 23.2}, new double[] {22.9, 21.9}, new double[] {26.8, 24.6},
                new String[] {"stochastic", "deterministic"});
        return MainEffectsChart.create("Main effects on interdiction rate", "test", "Interdiction rate (%)",
                MetricKind.SHARE, List.of(delay, mode), 1000);
    }

    @Test
    void create_shareAxisFromZeroSharedByThePanels() {
        Panels panels = chart();

        assertEquals(2, panels.panels().size());
        for (JFreeChart panel : panels.panels()) {
            NumberAxis value = (NumberAxis) panel.getXYPlot().getRangeAxis();
            assertEquals(0, value.getLowerBound(), 1e-12, "a share's axis starts at 0, not at 22%");
            assertTrue(value.getUpperBound() >= 31.8, "and covers the highest interval");
        }
        assertEquals(panels.panels().get(0).getXYPlot().getRangeAxis().getRange(),
                panels.panels().get(1).getXYPlot().getRangeAxis().getRange(), "one scale for all panels");
    }

    @Test
    void create_eachFactorInItsUnitAndColourCategoriesAsPoints() {
        Panels panels = chart();
        XYPlot delay = panels.panels().get(0).getXYPlot();
        XYPlot mode = panels.panels().get(1).getXYPlot();

        assertEquals("processing delay (h)", delay.getDomainAxis().getLabel(), "the factor in its unit, not 0–1");
        assertTrue(delay.getDomainAxis().getLowerBound() <= 0.5 && delay.getDomainAxis().getUpperBound() >= 5.4);
        assertInstanceOf(SymbolAxis.class, mode.getDomainAxis(), "named levels as categories");
        assertEquals(List.of("stochastic", "deterministic"), List.of(((SymbolAxis) mode.getDomainAxis()).getSymbols()));
        assertEquals(Palette.category(0), delay.getRenderer().getSeriesPaint(0));
        assertEquals(Palette.category(3), mode.getRenderer().getSeriesPaint(0), "the factor's colour, not its rank's");
        assertTrue(lines(delay.getRenderer()), "a numeric factor's settings joined");
        assertFalse(lines(mode.getRenderer()), "a categorical factor's levels not joined by a line");
        RenderedCheck.assertNothingOutside(new Chart("effects", "c", "a", panels, panels.width(), panels.height()));
    }

    private static boolean lines(XYItemRenderer renderer) {
        return ((XYLineAndShapeRenderer) renderer).getDefaultLinesVisible();
    }
}
