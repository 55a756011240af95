package dev.panj.sim.detect;

import dev.panj.sim.config.DetectionConfig;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.world.SimClock;

/**
 * Turns a sensor's nominal parameters into the probability of detecting a particular group in a
 * particular pass: terrain cover, the group's stealth, night, winter, group size and the sector's alert
 * level all modify it (MODEL.md section 4). With every modifier neutral the sensor keeps its nominal
 * probability, which is what the analytic limiting cases assume.
 */
public final class DetectionModel {
    private final DetectionConfig config;
    private final SimClock clock;

    public DetectionModel(DetectionConfig config, SimClock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Multiplier from conditions at {@code time}: cover, stealth, night, winter and alert. */
    public double conditions(SensorConfig sensor, double time, double cover, double stealth, double alert) {
        double f = (1 - cover) * (1 - stealth) * alert;
        if (!sensor.nightVision() && clock.isNight(time)) {
            f *= config.nightFactor();
        }
        if (clock.isWinter(time)) {
            f *= config.winterFactor();
        }
        return f;
    }

    /** Size effect exponent: (n / reference)^exponent. */
    public double sizeFactor(int groupSize) {
        if (config.sizeExponent() == 0) {
            return 1;
        }
        return Math.pow((double) groupSize / config.sizeReference(), config.sizeExponent());
    }

    /**
     * Probability that a pass (definite-range) or a time in range (glimpse-rate) ends in detection.
     *
     * @param timeInRange hours within range during the tick (glimpse-rate only)
     */
    public double probability(SensorConfig sensor, double conditions, int groupSize, double timeInRange) {
        double size = sizeFactor(groupSize);
        if (sensor.model() == SensorModel.DEFINITE_RANGE) {
            double g = Math.min(1, sensor.probability() * conditions);
            return size == 1 ? g : 1 - Math.pow(1 - g, size);
        }
        double rate = sensor.glimpseRate() * conditions * size;
        return 1 - Math.exp(-rate * timeInRange);
    }
}
