package dev.panj.sim.config;

/** A detection model and its parameters. */
public record SensorConfig(
        @Param(doc = "definite-range (cookie-cutter) or glimpse-rate.", def = "definite-range") SensorModel model,
        @Param(doc = "Detection range R.", unit = Unit.DISTANCE, min = 0, max = 500) double range,
        @Param(doc = "Definite-range: probability g that a pass within range is detected.", unit = Unit.PROBABILITY,
                def = "1", min = 0, max = 1) double probability,
        @Param(doc = "Glimpse-rate: detection hazard per hour while within range.", unit = Unit.RATE, def = "0 /h",
                min = 0, max = 1e6) double glimpseRate,
        @Param(doc = "Night vision: the sensor ignores detection.nightFactor.", def = "false") boolean nightVision) {
}
