package dev.panj.sim.config;

/** Unattended sensors every {@code spacing} km along the border between two chainages. */
public record SensorLineConfig(
        @Param(doc = "Identifier.") String id,
        @Param(doc = "Border line the chainages refer to (unset: the primary border).", def = Param.UNSET)
        String border,
        @Param(doc = "Country whose command the sensors report to.", def = "TJK") String country,
        @Param(doc = "Start of the stretch (first sensor at from + spacing/2).", unit = Unit.DISTANCE, min = 0) double from,
        @Param(doc = "End of the stretch.", unit = Unit.DISTANCE, min = 0) double to,
        @Param(doc = "Distance between sensors S.", unit = Unit.DISTANCE, min = 0.01) double spacing,
        @Param(doc = "Perpendicular offset of the line from the border (positive = northern side).",
                unit = Unit.DISTANCE, def = "0 km") double offset,
        @Param(doc = "Each sensor's detection model.") SensorConfig sensor,
        @Param(doc = "Delay from detection to the report reaching the command.", unit = Unit.DURATION,
                def = "5 min", min = 0, max = 720) double reportDelay) {
}
