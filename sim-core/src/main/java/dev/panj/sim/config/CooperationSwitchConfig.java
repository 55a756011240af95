package dev.panj.sim.config;

/** Turns improved cooperation on or off. */
public record CooperationSwitchConfig(
        @Param(doc = "true: improved reporting and sharing from now on; false: back to the normal values.")
        boolean improved) {
}
