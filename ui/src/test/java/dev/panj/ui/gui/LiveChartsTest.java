package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class LiveChartsTest {
    private static List<String> pair() {
        return List.of(Played.resource("divergence-watched.yaml"), Played.resource("divergence-unwatched.yaml"));
    }

    private static List<String> seriesNames(JFreeChart chart) {
        XYDataset data = chart.getXYPlot().getDataset();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            names.add(data.getSeriesKey(i).toString());
        }
        return names;
    }

    private static double value(JFreeChart chart, String series, int item) {
        XYDataset data = chart.getXYPlot().getDataset();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getSeriesKey(i).equals(series)) {
                return data.getYValue(i, item);
            }
        }
        throw new AssertionError("no series " + series);
    }

    @Test
    void charts_afterSixHours_haveOnePointPerHourFromZero() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 6);

        SwingUtilities.invokeAndWait(() -> { });

        assertEquals(7, gui.charts().points());
    }

    @Test
    void charts_afterRestart_startAgainFromZero() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 6);

        gui.start();
        gui.step();
        SwingUtilities.invokeAndWait(() -> { });

        assertEquals(1, gui.charts().points());
    }

    @Test
    void charts_ofAComparison_plotBothRunsAndTheirDifferenceHourByHour() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 5, false);
        SwingUtilities.invokeAndWait(() -> { });
        List<JFreeChart> charts = gui.charts().charts();

        assertEquals(3, charts.size());
        assertEquals(List.of("arrived (A)", "crossed (A)", "detected (A)", "interdicted (A)", "leaked (A)",
                "arrived (B)", "crossed (B)", "detected (B)", "interdicted (B)", "leaked (B)"), seriesNames(charts.get(0)));
        assertEquals(List.of("crossed", "detected", "interdicted", "leaked"), seriesNames(charts.get(2)));
        for (int hour = 0; hour <= 5; hour++) {
            for (String q : List.of("crossed", "detected", "interdicted", "leaked")) {
                assertEquals(value(charts.get(0), q + " (B)", hour) - value(charts.get(0), q + " (A)", hour),
                        value(charts.get(2), q, hour), 1e-12, q + " at hour " + hour);
            }
        }
        // Every militant is detected in A and none in B: 12 at the end.
        assertEquals(-12, value(charts.get(2), "detected", 5), 1e-12);
    }

    @Test
    void charts_legendEntriesAreTheSeriesDrawn_andCountsStartAtZero() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 5, false);
        SwingUtilities.invokeAndWait(() -> { });

        for (JFreeChart chart : gui.charts().charts()) {
            LegendItemCollection items = chart.getXYPlot().getLegendItems();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < items.getItemCount(); i++) {
                labels.add(items.get(i).getLabel());
            }
            assertEquals(seriesNames(chart), labels, chart.getTitle().getText());
            ValueAxis y = chart.getXYPlot().getRangeAxis();
            boolean difference = chart.getTitle().getText().startsWith("Difference");
            if (difference) {
                assertTrue(y.getLowerBound() < 0 && y.getUpperBound() >= 0, "the difference chart shows 0 and below");
            } else {
                assertEquals(0, y.getLowerBound(), 1e-12, chart.getTitle().getText() + " counts from 0");
            }
        }
    }

    @Test
    void picture_ofTheCharts_isEachChartSideBySide() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 2, false);
        SwingUtilities.invokeAndWait(() -> { });
        BufferedImage[] picture = new BufferedImage[1];

        SwingUtilities.invokeAndWait(() -> picture[0] = gui.charts().picture());

        assertEquals(3 * LiveCharts.PICTURE_WIDTH, picture[0].getWidth());
        assertEquals(LiveCharts.PICTURE_HEIGHT, picture[0].getHeight());
        Pixels pixels = new Pixels(picture[0], List.of());
        for (java.awt.Color c : List.of(Palette.SERIES_ARRIVED, Palette.SERIES_DETECTED, Palette.SERIES_CROSSED)) {
            assertTrue(pixels.count(c) > 50, "a line in " + c);
        }
    }

    @Test
    void busyBorder_chartsAlarmsAndUnitHours_andTheMapShowsCiviliansByKind() throws Exception {
        BorderGui gui = Played.started(List.of(Played.resource("gui-busy.yaml")), 1, 12, false);
        int greenCells = 0;
        while (gui.state.schedule.getTime() < 12 - 1e-9 && gui.step()) {
            greenCells = Math.max(greenCells, gui.maps().get(0).civilians().greenCells());
        }
        SwingUtilities.invokeAndWait(() -> { });

        List<JFreeChart> charts = gui.charts().charts();
        assertEquals(4, charts.size());
        assertEquals(List.of("alarms", "false alarms", "alarms dropped"), seriesNames(charts.get(2)));
        assertEquals(List.of("unit hours on false alarms"), seriesNames(charts.get(3)));
        int last = gui.charts().points() - 1;
        assertTrue(value(charts.get(2), "false alarms", last) > 0, "no false alarm in 12 h");
        assertTrue(value(charts.get(3), "unit hours on false alarms", last) > 0);
        assertTrue(greenCells > 0, "no civilians on the green border drawn");
        assertTrue(Legend.of(gui.maps().get(0).contents(), "Sectors", List.of(), List.of(), false).stream()
                .anyMatch(e -> e.text().equals("Smugglers crossing the green border")));
    }
}
