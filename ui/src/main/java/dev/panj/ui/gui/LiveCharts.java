package dev.panj.ui.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Live charts of a run, one point per simulated hour: militants by what happened to them (cumulative) and
 * what is going on now. Built with JFreeChart 1.5 (MASON 18's own chart inspectors need 1.0 and are not
 * offered). Samples are taken on the model's thread and handed to the Swing thread, which alone touches
 * the series.
 */
final class LiveCharts {
    /** One hourly sample: the cumulative counts, then the current stocks. */
    record Sample(double hour, long arrived, long crossed, long detected, long interdicted, long leaked,
                  int activeGroups, int engagements, int unitsOut) {
    }

    private final XYSeries arrived = new XYSeries("arrived");
    private final XYSeries crossed = new XYSeries("crossed");
    private final XYSeries detected = new XYSeries("detected");
    private final XYSeries interdicted = new XYSeries("interdicted");
    private final XYSeries leaked = new XYSeries("leaked");
    private final XYSeries active = new XYSeries("groups on the move");
    private final XYSeries fighting = new XYSeries("engagements");
    private final XYSeries unitsOut = new XYSeries("reaction units out");
    private final JPanel panel = new JPanel(new GridLayout(1, 2));

    LiveCharts() {
        panel.add(new ChartPanel(chart("Militants so far", "militants",
                List.of(arrived, crossed, detected, interdicted, leaked),
                List.of(new Color(0x8C8C8C), Palette.BORDER, Palette.GROUP_DETECTED, Palette.RAMP.get(4),
                        Palette.GROUP_LEAKED))));
        panel.add(new ChartPanel(chart("Now", "count", List.of(active, fighting, unitsOut),
                List.of(Palette.GROUP_UNDETECTED, Palette.GROUP_ENGAGED, Palette.UNIT))));
        panel.setPreferredSize(new Dimension(1120, 380));
    }

    private static JFreeChart chart(String title, String yLabel, List<XYSeries> series, List<Color> colours) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "hours since start", yLabel, data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        // Sensible axes before the first points arrive, and counts from zero.
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRangeType(RangeType.POSITIVE);
        x.setAutoRangeMinimumSize(24);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRangeType(RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(5);
        y.setAutoRangeIncludesZero(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        return chart;
    }

    /** A frame holding the charts, for the Console to list among its displays. */
    JFrame frame(String title) {
        JFrame frame = new JFrame(title);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.getContentPane().add(panel);
        frame.pack();
        return frame;
    }

    /** The charts' panel (snapshots of the charts, tests). */
    JPanel panel() {
        return panel;
    }

    /** Empties every series; safe to call from any thread. */
    void clear() {
        onSwing(() -> all().forEach(XYSeries::clear));
    }

    /** Appends samples; safe to call from any thread. */
    void add(List<Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        List<Sample> copy = List.copyOf(samples);
        onSwing(() -> {
            copy.forEach(this::append);
            all().forEach(XYSeries::fireSeriesChanged);
        });
    }

    /** Appends without notifying: the charts redraw once per batch, not once per point. */
    private void append(Sample s) {
        arrived.add(s.hour(), s.arrived(), false);
        crossed.add(s.hour(), s.crossed(), false);
        detected.add(s.hour(), s.detected(), false);
        interdicted.add(s.hour(), s.interdicted(), false);
        leaked.add(s.hour(), s.leaked(), false);
        active.add(s.hour(), s.activeGroups(), false);
        fighting.add(s.hour(), s.engagements(), false);
        unitsOut.add(s.hour(), s.unitsOut(), false);
    }

    /** Points in the first series (tests). */
    int points() {
        return arrived.getItemCount();
    }

    private List<XYSeries> all() {
        return List.of(arrived, crossed, detected, interdicted, leaked, active, fighting, unitsOut);
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
