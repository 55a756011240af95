package dev.panj.sim.config;

/** The kinds of detector a scenario can classify for: the border's posts, fixed sensors and patrols. */
public enum DetectorType {
    POST,
    SENSOR,
    PATROL
}
