package dev.panj.ui.gui;

import java.awt.Color;

/**
 * Colour differences as people with each common colour-vision deficiency see them: colours are passed through
 * the simulation matrices of Machado, Oliveira and Fernandes (2009, "A physiologically-based model for simulation
 * of color vision deficiency", IEEE TVCG 15(6)) at full severity, in linear RGB, then compared in CIELAB (D65)
 * by the CIE 1976 difference: 2.3 is just noticeable, above 10 clearly different at a glance.
 */
enum ColourVision {
    NORMAL(1, 0, 0, 0, 1, 0, 0, 0, 1),
    PROTANOPIA(0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998),
    DEUTERANOPIA(0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940, 0.968881),
    TRITANOPIA(1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.303900);

    private final double[] m;

    ColourVision(double... m) {
        this.m = m;
    }

    /** The CIE 1976 difference of two colours as seen with this colour vision. */
    double difference(Color a, Color b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(sq(x[0] - y[0]) + sq(x[1] - y[1]) + sq(x[2] - y[2]));
    }

    /** CIELAB of the colour as seen with this colour vision. */
    double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double rr = clamp(m[0] * r + m[1] * g + m[2] * b);
        double gg = clamp(m[3] * r + m[4] * g + m[5] * b);
        double bb = clamp(m[6] * r + m[7] * g + m[8] * b);
        double x = 0.4124564 * rr + 0.3575761 * gg + 0.1804375 * bb;
        double y = 0.2126729 * rr + 0.7151522 * gg + 0.0721750 * bb;
        double z = 0.0193339 * rr + 0.1191920 * gg + 0.9503041 * bb;
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** CIELAB lightness with normal vision. */
    static double lightness(Color c) {
        return NORMAL.lab(c)[0];
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double sq(double v) {
        return v * v;
    }
}
