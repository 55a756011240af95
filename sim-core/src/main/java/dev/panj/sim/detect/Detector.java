package dev.panj.sim.detect;

import dev.panj.sim.config.SensorConfig;

/** Anything that can detect a group: a post, a fixed sensor or a patrol. */
public interface Detector {
    /** Stable numeric identity (a hash of {@link #id()}), the key of this detector's random draws. */
    long uid();

    String id();

    DetectorKind kind();

    String country();

    SensorConfig sensor();

    double reportDelay();

    /** Probability that a detected small group bribes its way through (0 for unattended sensors). */
    double corruption();

    int bribeMaxGroupSize();

    /** In-range intervals of {@code mover} against this detector over the current tick. */
    Exposure exposure(Track mover, Exposure into);
}
