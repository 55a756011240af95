package dev.panj.ui.gui;

import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * How the border's sectors are coloured: by terrain, by the share of the sector's length that fixed sensors
 * and posts watch, by the detections made there so far in this run, or by the alert level now (raised by
 * early warnings: 1 is normal, {@link #ALERT_TOP} or more the top colour).
 */
final class SectorShading {
    /** The choices, in the order of the Model tab's menu. */
    enum Mode {
        TERRAIN("terrain"),
        COVERAGE("fixed-sensor coverage"),
        DETECTIONS("detections so far"),
        ALERT("alert level");

        final String text;

        Mode(String text) {
            this.text = text;
        }
    }

    private static final double SAMPLE_KM = 0.5;
    static final double ALERT_TOP = 2;

    private final List<BorderSector> sectors;
    private final double[] coverage;
    private final RunCounts counts;
    private final IntToDoubleFunction alert;
    private volatile Mode mode;

    private SectorShading(List<BorderSector> sectors, double[] coverage, RunCounts counts, IntToDoubleFunction alert,
                          Mode mode) {
        this.sectors = sectors;
        this.coverage = coverage;
        this.counts = counts;
        this.alert = alert;
        this.mode = mode;
    }

    /**
     * Shading for one run, for the sectors of every border in the order of {@link World#borders()}: coverage
     * is worked out here, once, from the fixed sensors' positions and ranges; {@code alert} gives a sector's
     * alert level now, by the sector's global index.
     */
    static SectorShading of(World world, List<FixedSensor> sensors, RunCounts counts, IntToDoubleFunction alert,
                            Mode mode) {
        List<BorderSector> sectors = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        for (Border b : world.borders()) {
            for (BorderSector s : b.sectors()) {
                sectors.add(s);
                coverage.add(covered(b.line(), s, sensors));
            }
        }
        return new SectorShading(sectors, coverage.stream().mapToDouble(Double::doubleValue).toArray(), counts, alert,
                mode);
    }

    private static double covered(BorderLine line, BorderSector sector, List<FixedSensor> sensors) {
        int n = Math.max(1, (int) Math.ceil(sector.length() / SAMPLE_KM));
        int seen = 0;
        for (int k = 0; k < n; k++) {
            Point p = line.at(sector.from() + (k + 0.5) * sector.length() / n, 0);
            for (FixedSensor s : sensors) {
                if (s.position().distance(p) <= s.sensor().range()) {
                    seen++;
                    break;
                }
            }
        }
        return (double) seen / n;
    }

    Mode mode() {
        return mode;
    }

    void mode(Mode newMode) {
        mode = newMode;
    }

    /** The share of the {@code i}-th sector (counting over all borders) that fixed sensors watch. */
    double coverage(int i) {
        return coverage[i];
    }

    /** Changes whenever a sector's colour may have changed. */
    Object version() {
        if (mode == Mode.DETECTIONS) {
            return mode + "/" + counts.detections();
        }
        if (mode == Mode.ALERT) {
            double sum = 0;
            for (BorderSector s : sectors) {
                sum += alert.applyAsDouble(s.index());
            }
            return mode + "/" + sum;
        }
        return mode;
    }

    Color colour(int i) {
        BorderSector s = sectors.get(i);
        switch (mode) {
            case COVERAGE:
                return Palette.ramp(coverage[i]);
            case ALERT:
                return Palette.ramp(1 - (alert.applyAsDouble(s.index()) - 1) / (ALERT_TOP - 1));
            case DETECTIONS:
                int max = counts.maxDetections();
                return max == 0 ? Palette.RAMP.get(0) : Palette.ramp((double) counts.detections(s.index()) / max);
            default:
                return Palette.terrain(s.terrain());
        }
    }
}
