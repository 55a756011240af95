package dev.panj.ui.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
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
 * Live charts of a run, one point per simulated hour: militants by what happened to them (cumulative) and what
 * is going on now. For a comparison each chart has both runs (A solid, B dashed, one colour per quantity) and a
 * third chart plots the difference B - A of the cumulative counts, hour by hour: the two runs share their random
 * numbers, so the difference is the arrangements' doing. Built with JFreeChart 1.5 (MASON 18's own chart
 * inspectors need 1.0 and are not offered). Samples are taken on the model's thread and handed to the Swing
 * thread, which alone touches the series.
 */
final class LiveCharts {
    /** One hourly sample of one run: the cumulative counts, then the current stocks. */
    record Sample(double hour, long arrived, long crossed, long detected, long interdicted, long leaked,
                  int activeGroups, int engagements, int unitsOut, long alarms, long falseAlarms, long alarmsDropped,
                  double unitHoursOnFalseAlarms) {
        /** A sample of a run without alarms (a border without traffic). */
        Sample(double hour, long arrived, long crossed, long detected, long interdicted, long leaked,
               int activeGroups, int engagements, int unitsOut) {
            this(hour, arrived, crossed, detected, interdicted, leaked, activeGroups, engagements, unitsOut, 0, 0, 0, 0);
        }
    }

    /** A quantity the charts plot, its colour and how to read it from a sample. */
    private record Quantity(String name, Color colour, ToDoubleFunction<Sample> value) {
    }

    private static final List<Quantity> SO_FAR = List.of(
            new Quantity("arrived", Palette.SERIES_ARRIVED, Sample::arrived),
            new Quantity("crossed", Palette.SERIES_CROSSED, Sample::crossed),
            new Quantity("detected", Palette.SERIES_DETECTED, Sample::detected),
            new Quantity("interdicted", Palette.SERIES_INTERDICTED, Sample::interdicted),
            new Quantity("leaked", Palette.SERIES_LEAKED, Sample::leaked));
    private static final List<Quantity> NOW = List.of(
            new Quantity("groups on the move", Palette.SERIES_ON_THE_MOVE, Sample::activeGroups),
            new Quantity("engagements", Palette.SERIES_ENGAGEMENTS, Sample::engagements),
            new Quantity("reaction units out", Palette.SERIES_UNITS_OUT, Sample::unitsOut));
    /** A busy border (issue 17): alarms so far, and the unit hours false alarms took. */
    private static final List<Quantity> ALARMS = List.of(
            new Quantity("alarms", Palette.SERIES_DETECTED, Sample::alarms),
            new Quantity("false alarms", Palette.SERIES_LEAKED, Sample::falseAlarms),
            new Quantity("alarms dropped", Palette.SERIES_CROSSED, Sample::alarmsDropped));
    private static final List<Quantity> UNIT_HOURS = List.of(
            new Quantity("unit hours on false alarms", Palette.SERIES_UNITS_OUT, Sample::unitHoursOnFalseAlarms));
    /** The difference chart leaves out arrivals: the same in both runs whenever the threat is. */
    private static final List<Quantity> DIFFERENCE = SO_FAR.subList(1, SO_FAR.size());
    private static final Stroke SOLID = new BasicStroke(2f);
    private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 4f}, 0f);
    /** A chart's size in pictures. */
    static final int PICTURE_WIDTH = 700;
    static final int PICTURE_HEIGHT = 450;

    private final List<String> runs;
    /** By run, then quantity: the cumulative series and the series of stocks. */
    private final List<List<XYSeries>> soFar = new ArrayList<>();
    private final List<List<XYSeries>> now = new ArrayList<>();
    private final List<List<XYSeries>> alarms = new ArrayList<>();
    private final List<List<XYSeries>> unitHours = new ArrayList<>();
    private final List<XYSeries> difference = new ArrayList<>();
    private final List<JFreeChart> charts = new ArrayList<>();
    private final JPanel panel;

    /** @param runs the runs' short names: one for a single run, "A" and "B" for a comparison */
    LiveCharts(List<String> runs) {
        this(runs, false);
    }

    /** @param busy whether to chart alarms and unit hours on false alarms (a scenario with green-border traffic) */
    LiveCharts(List<String> runs, boolean busy) {
        if (runs.isEmpty() || runs.size() > 2) {
            throw new IllegalArgumentException("charts of one or two runs, not " + runs.size());
        }
        this.runs = List.copyOf(runs);
        boolean pair = runs.size() == 2;
        for (String run : runs) {
            soFar.add(series(SO_FAR, pair ? run : null));
            now.add(series(NOW, pair ? run : null));
        }
        charts.add(chart("Militants so far", "militants", soFar, SO_FAR, false));
        charts.add(chart("Now", "count", now, NOW, false));
        if (busy) {
            for (String run : runs) {
                alarms.add(series(ALARMS, pair ? run : null));
                unitHours.add(series(UNIT_HOURS, pair ? run : null));
            }
            charts.add(chart("Alarms so far", "alarms", alarms, ALARMS, false));
            charts.add(chart("Unit hours on false alarms so far", "unit-hours", unitHours, UNIT_HOURS, false));
        }
        if (pair) {
            difference.addAll(series(DIFFERENCE, null));
            charts.add(chart("Difference B \u2212 A, militants so far", "militants (B \u2212 A)",
                    List.of(difference), DIFFERENCE, true));
        }
        panel = new JPanel(new GridLayout(1, charts.size()));
        for (JFreeChart c : charts) {
            panel.add(new ChartPanel(c));
        }
        panel.setPreferredSize(new Dimension((pair ? 1500 : 1120) * charts.size() / (pair ? 3 : 2), 380));
    }

    private static List<XYSeries> series(List<Quantity> quantities, String run) {
        List<XYSeries> out = new ArrayList<>();
        for (Quantity q : quantities) {
            out.add(new XYSeries(run == null ? q.name() : q.name() + " (" + run + ")"));
        }
        return out;
    }

    /**
     * A line chart of {@code series} (by run, then quantity). Counts start at zero and never go below it; a
     * difference may be negative and shows its zero line.
     */
    private static JFreeChart chart(String title, String yLabel, List<List<XYSeries>> series, List<Quantity> quantities,
                                    boolean difference) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int i = 0;
        for (int r = 0; r < series.size(); r++) {
            for (int q = 0; q < quantities.size(); q++) {
                data.addSeries(series.get(r).get(q));
                renderer.setSeriesPaint(i, quantities.get(q).colour());
                renderer.setSeriesStroke(i, r == 0 ? SOLID : DASHED);
                i++;
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "hours since start", yLabel, data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        // Sensible axes before the first points arrive; counts from zero.
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRangeType(RangeType.POSITIVE);
        x.setAutoRangeMinimumSize(24);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRangeType(difference ? RangeType.FULL : RangeType.POSITIVE);
        y.setAutoRangeMinimumSize(difference ? 4 : 5);
        y.setAutoRangeIncludesZero(true);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeZeroBaselineVisible(difference);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
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

    /** The charts' panel. */
    JPanel panel() {
        return panel;
    }

    /** The charts, left to right (tests). */
    List<JFreeChart> charts() {
        return List.copyOf(charts);
    }

    /** Empties every series; safe to call from any thread. */
    void clear() {
        onSwing(() -> all().forEach(XYSeries::clear));
    }

    /**
     * Appends the samples of each run (by run, in the order of the constructor's names; a comparison's two lists
     * hold the same hours); safe to call from any thread.
     */
    void add(List<List<Sample>> byRun) {
        if (byRun.size() != runs.size()) {
            throw new IllegalArgumentException("samples of " + byRun.size() + " runs for charts of " + runs.size());
        }
        if (byRun.get(0).isEmpty()) {
            return;
        }
        List<List<Sample>> copy = byRun.stream().map(List::copyOf).toList();
        onSwing(() -> {
            for (int r = 0; r < copy.size(); r++) {
                for (Sample s : copy.get(r)) {
                    append(r, s);
                }
            }
            if (copy.size() == 2) {
                for (int k = 0; k < copy.get(0).size(); k++) {
                    Sample a = copy.get(0).get(k);
                    Sample b = copy.get(1).get(k);
                    for (int q = 0; q < DIFFERENCE.size(); q++) {
                        ToDoubleFunction<Sample> v = DIFFERENCE.get(q).value();
                        difference.get(q).add(a.hour(), v.applyAsDouble(b) - v.applyAsDouble(a), false);
                    }
                }
            }
            all().forEach(XYSeries::fireSeriesChanged);
        });
    }

    /** Appends without notifying: the charts redraw once per batch, not once per point. */
    private void append(int run, Sample s) {
        for (int q = 0; q < SO_FAR.size(); q++) {
            soFar.get(run).get(q).add(s.hour(), SO_FAR.get(q).value().applyAsDouble(s), false);
        }
        for (int q = 0; q < NOW.size(); q++) {
            now.get(run).get(q).add(s.hour(), NOW.get(q).value().applyAsDouble(s), false);
        }
        if (!alarms.isEmpty()) {
            for (int q = 0; q < ALARMS.size(); q++) {
                alarms.get(run).get(q).add(s.hour(), ALARMS.get(q).value().applyAsDouble(s), false);
            }
            unitHours.get(run).get(0).add(s.hour(), s.unitHoursOnFalseAlarms(), false);
        }
    }

    /** Points in the first series (tests). */
    int points() {
        return soFar.get(0).get(0).getItemCount();
    }

    /**
     * The charts side by side in one picture, {@value #PICTURE_WIDTH} x {@value #PICTURE_HEIGHT} pixels each. Call
     * on the Swing thread, after the samples were added.
     */
    BufferedImage picture() {
        BufferedImage image = new BufferedImage(PICTURE_WIDTH * charts.size(), PICTURE_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double(i * PICTURE_WIDTH, 0, PICTURE_WIDTH, PICTURE_HEIGHT));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private List<XYSeries> all() {
        List<XYSeries> all = new ArrayList<>();
        soFar.forEach(all::addAll);
        now.forEach(all::addAll);
        alarms.forEach(all::addAll);
        unitHours.forEach(all::addAll);
        all.addAll(difference);
        return all;
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
