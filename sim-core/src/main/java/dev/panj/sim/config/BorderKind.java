package dev.panj.sim.config;

/** Where the border line comes from. */
public enum BorderKind {
    NATURAL_EARTH,
    STRAIGHT
}
