package dev.panj.ui.gui;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;

/**
 * How the border's sectors are coloured: by terrain, by the share of the sector's length that fixed sensors
 * and posts watch, by the detections made there so far in this run, or by the alert level now (raised by
 * early warnings: 1 is normal, {@link #ALERT_TOP} or more the top colour). Quantities take the five steps of
 * {@link Palette#RAMP}; {@link #legend()} states the numbers each step stands for, from the same rule that
 * picks the colour, so that legend and map cannot disagree.
 */
final class SectorShading {
    /** The choices, in the order of the Model tab's menu. */
    enum Mode {
        TERRAIN("terrain", "Sectors: terrain"),
        COVERAGE("fixed-sensor coverage", "Sectors: share of length watched by posts and sensors"),
        DETECTIONS("detections so far", "Sectors: detections so far"),
        ALERT("alert level", "Sectors: alert level (detection multiplier)");

        /** The name in the Model tab's menu. */
        final String text;
        /** The legend's heading. */
        final String heading;

        Mode(String text, String heading) {
            this.text = text;
            this.heading = heading;
        }
    }

    /** One line of the sector legend: the numbers (or terrain) a colour stands for. */
    record Band(String text, Color colour) {
    }

    private static final double SAMPLE_KM = 0.5;
    static final double ALERT_TOP = 2;

    private final List<BorderSector> sectors;
    private final double[] coverage;
    private final RunCounts counts;
    private final IntToDoubleFunction alert;
    private final IntSupplier scale;
    private volatile Mode mode;

    private SectorShading(List<BorderSector> sectors, double[] coverage, RunCounts counts, IntToDoubleFunction alert,
                          Mode mode, IntSupplier scale) {
        this.sectors = sectors;
        this.coverage = coverage;
        this.counts = counts;
        this.alert = alert;
        this.mode = mode;
        this.scale = scale;
    }

    /**
     * Shading for one run, for the sectors of every border in the order of {@link World#borders()}: coverage
     * is worked out here, once, from the fixed sensors' positions and ranges; {@code alert} gives a sector's
     * alert level now, by the sector's global index; {@code scale} is the detection count that takes the ramp's
     * top colour (the busiest sector's, of this run or of both runs of a comparison).
     */
    static SectorShading of(World world, List<FixedSensor> sensors, RunCounts counts, IntToDoubleFunction alert,
                            Mode mode, IntSupplier scale) {
        List<BorderSector> sectors = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        for (Border b : world.borders()) {
            for (BorderSector s : b.sectors()) {
                sectors.add(s);
                coverage.add(covered(b.line(), s, sensors));
            }
        }
        return new SectorShading(sectors, coverage.stream().mapToDouble(Double::doubleValue).toArray(), counts, alert,
                mode, scale);
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

    /** The sectors, in the order of {@link #colour(int)}. */
    List<BorderSector> sectors() {
        return sectors;
    }

    /** The share of the {@code i}-th sector (counting over all borders) that fixed sensors watch. */
    double coverage(int i) {
        return coverage[i];
    }

    /** Changes whenever a sector's colour or the legend may have changed. */
    Object version() {
        if (mode == Mode.DETECTIONS) {
            return mode + "/" + counts.detections() + "/" + scale.getAsInt();
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
                return Palette.RAMP.get(alertStep(alert.applyAsDouble(s.index())));
            case DETECTIONS:
                return Palette.RAMP.get(detectionStep(counts.detections(s.index()), scale.getAsInt()));
            default:
                return Palette.terrain(s.terrain());
        }
    }

    /** The ramp step of an alert level: five equal steps from 1 (normal) to {@link #ALERT_TOP} and above. */
    static int alertStep(double level) {
        return Palette.rampStep((level - 1) / (ALERT_TOP - 1));
    }

    /**
     * The ramp step of a sector's detection count when the busiest sector has {@code max}: none is the first
     * step (a sector nobody was seen in stands out from one with a single sighting), and 1 to {@code max} share
     * the other four about equally, {@code max} always in the last.
     */
    static int detectionStep(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        int last = Palette.RAMP.size() - 1;
        if (count >= max) {
            return last;
        }
        return Math.min(last, 1 + (int) Math.floor((double) (count - 1) * last / max));
    }

    /** The legend of the current colouring: what each colour on the band stands for. */
    List<Band> legend() {
        List<Band> bands = new ArrayList<>();
        switch (mode) {
            case COVERAGE -> {
                String[] text = {"under 20 %", "20 to 40 %", "40 to 60 %", "60 to 80 %", "80 % or more"};
                for (int k = 0; k < text.length; k++) {
                    bands.add(new Band(text[k], Palette.RAMP.get(k)));
                }
            }
            case ALERT -> {
                for (int k = 0; k < Palette.RAMP.size(); k++) {
                    double from = 1 + k * (ALERT_TOP - 1) / Palette.RAMP.size();
                    double to = 1 + (k + 1) * (ALERT_TOP - 1) / Palette.RAMP.size();
                    String text = k == Palette.RAMP.size() - 1
                            ? String.format(Locale.ROOT, "\u00d7%.1f or more", from)
                            : String.format(Locale.ROOT, "\u00d7%.1f to %.1f", from, to);
                    bands.add(new Band(k == 0 ? text + " (normal: \u00d71)" : text, Palette.RAMP.get(k)));
                }
            }
            case DETECTIONS -> bands.addAll(detectionLegend(scale.getAsInt()));
            default -> {
                Set<TerrainClass> present = EnumSet.noneOf(TerrainClass.class);
                sectors.forEach(s -> present.add(s.terrain()));
                for (TerrainClass t : present) {
                    bands.add(new Band(t.name().toLowerCase(Locale.ROOT).replace('_', ' '), Palette.terrain(t)));
                }
            }
        }
        return bands;
    }

    /** The detection counts each ramp step stands for when the busiest sector has {@code max}. */
    static List<Band> detectionLegend(int max) {
        List<Band> bands = new ArrayList<>();
        if (max <= 0) {
            bands.add(new Band("none yet", Palette.RAMP.get(0)));
            return bands;
        }
        int from = 0;
        for (int c = 1; c <= max + 1; c++) {
            if (c == max + 1 || detectionStep(c, max) != detectionStep(from, max)) {
                int to = c - 1;
                String text = from == to ? Integer.toString(from) : from + " to " + to;
                bands.add(new Band(text + (to == 0 ? " (none)" : ""), Palette.RAMP.get(detectionStep(from, max))));
                from = c;
            }
        }
        return bands;
    }
}
