package dev.panj.sim.config;

/** How a group picks its crossing point. */
public enum SectorChoice {
    /** Logit choice over sectors by utility (distance, terrain, perceived risk); uniform within the chosen sector. */
    UTILITY,
    /** Uniform over the allowed chainage range, ignoring utility (for verification and scripted waves). */
    UNIFORM
}
