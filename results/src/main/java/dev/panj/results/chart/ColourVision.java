package dev.panj.results.chart;

import java.awt.Color;

/**
 * How a colour looks to a reader with a colour-vision deficiency, and how far apart two colours look: the
 * simulation of Machado, Oliveira and Fernandes (2009) at full severity, applied in linear RGB, and the CIE 1976
 * colour difference ΔE*ab in CIELAB (D65). Used to check that {@link Palette}'s colours stay apart.
 */
public final class ColourVision {
    /** The deficiencies simulated; {@code NORMAL} leaves a colour as it is. */
    public enum Deficiency {
        NORMAL(null),
        /** Red–green: missing M cones, the most common (about 5% of men counting deuteranomaly). */
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        /** Red–green: missing L cones. */
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        /** Blue–yellow: missing S cones (rare). */
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** {@code colour} as seen with {@code deficiency}, in linear RGB (each channel in [0, 1]). */
    static double[] linear(Color colour, Deficiency deficiency) {
        double[] rgb = {toLinear(colour.getRed()), toLinear(colour.getGreen()), toLinear(colour.getBlue())};
        if (deficiency.matrix == null) {
            return rgb;
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += deficiency.matrix[i][j] * rgb[j];
            }
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    /** CIELAB {L*, a*, b*} of {@code colour} as seen with {@code deficiency}. */
    public static double[] lab(Color colour, Deficiency deficiency) {
        double[] l = linear(colour, deficiency);
        double x = 0.4124564 * l[0] + 0.3575761 * l[1] + 0.1804375 * l[2];
        double y = 0.2126729 * l[0] + 0.7151522 * l[1] + 0.0721750 * l[2];
        double z = 0.0193339 * l[0] + 0.1191920 * l[1] + 0.9503041 * l[2];
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** CIE L*, the perceived lightness of {@code colour}, from 0 (black) to 100 (white). */
    public static double lightness(Color colour) {
        return lab(colour, Deficiency.NORMAL)[0];
    }

    /** ΔE*ab between two colours as seen with {@code deficiency}: about 2 is just noticeable, 10 plainly different. */
    public static double difference(Color a, Color b, Deficiency deficiency) {
        double[] p = lab(a, deficiency);
        double[] q = lab(b, deficiency);
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }

    private static double toLinear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
