package dev.panj.sim.config;

/** The simulated clock. Model time is in hours from the start. */
public record SimulationConfig(
        @Param(doc = "Scenario start as a local date-time (ISO 8601, e.g. 2015-07-22T00:00); sets night and season.",
                def = "2015-01-01T00:00") String start,
        @Param(doc = "Movement tick: agents move and sensors are evaluated once per tick.",
                unit = Unit.DURATION, def = "15 min", min = 1.0 / 60, max = 2) double tick,
        @Param(doc = "Length of a run unless overridden on the command line.",
                unit = Unit.DURATION, def = "30 d", min = 0.25, max = 24 * 3650) double duration) {
}
