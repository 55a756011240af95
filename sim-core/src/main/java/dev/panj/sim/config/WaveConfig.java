package dev.panj.sim.config;

/** A scripted wave: a number of groups released from a staging area (a timeline action). */
public record WaveConfig(
        @Param(doc = "Id of the staging area the groups start from.") String stagingArea,
        @Param(doc = "Number of groups in the wave.", min = 1, max = 1000000) int groups,
        @Param(doc = "Interval between the releases of successive groups.", unit = Unit.DURATION, def = "0 h", min = 0)
        double interval,
        @Param(doc = "The kind of group released.") GroupConfig group) {
}
