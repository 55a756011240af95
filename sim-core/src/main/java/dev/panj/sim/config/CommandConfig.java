package dev.panj.sim.config;

/** A national command: receives reports, keeps tracks, dispatches its reaction units. */
public record CommandConfig(
        @Param(doc = "Country code (e.g. TJK, KGZ).") String country,
        @Param(doc = "Time the command takes from receiving a report to ordering a unit.", unit = Unit.DURATION,
                def = "15 min", min = 0, max = 720) double processingDelay,
        @Param(doc = "Rate at which the command loses the track of a detected group (multiplied by 1 + terrain cover).",
                unit = Unit.RATE, def = "0.1 /h", min = 0, max = 1000) double trackLossRate,
        @Param(doc = "Most units sent after one group (see largeGroupSize); a unit that reaches the group while it "
                + "fights joins the fight.", def = "1", min = 1, max = 100) int maxUnitsPerGroup,
        @Param(doc = "Processing delay under improved cooperation (unset: unchanged).", unit = Unit.DURATION,
                def = Param.UNSET, min = 0, max = 720) double improvedProcessingDelay,
        @Param(doc = "Rate at which police, informants and residents report a group moving inside the country "
                + "(multiplied by (1 - cover)(1 - stealth)); 0: only sensors detect.", unit = Unit.RATE,
                def = "0.02 /h", min = 0, max = 1000) double inlandDetectionRate,
        @Param(doc = "Delay from such a sighting to the report reaching the command.", unit = Unit.DURATION,
                def = "1 h", min = 0, max = 720) double inlandReportDelay,
        @Param(doc = "Groups of at least this many militants may get up to maxUnitsPerGroup units, smaller ones one "
                + "(0: every group may get maxUnitsPerGroup).", def = "0", min = 0, max = 100000) int largeGroupSize) {
}
