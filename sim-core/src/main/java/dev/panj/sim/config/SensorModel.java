package dev.panj.sim.config;

/** Detection models (analytic-limits.md section 1.1). */
public enum SensorModel {
    /** Cookie-cutter: a pass within range is detected with probability g (sweep width 2gR). */
    DEFINITE_RANGE,
    /** Constant hazard rate while within range: P = 1 - exp(-rate * time in range). */
    GLIMPSE_RATE
}
