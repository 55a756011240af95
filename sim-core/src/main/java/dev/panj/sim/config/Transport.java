package dev.panj.sim.config;

/** How a reaction unit moves. */
public enum Transport {
    /** By road: speed multiplied by the terrain's speed factor. */
    ROAD,
    /** By helicopter or aircraft: straight line at constant speed. */
    AIR
}
