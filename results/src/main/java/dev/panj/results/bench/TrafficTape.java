package dev.panj.results.bench;

import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.detect.DetectionModel;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.detect.Track;

import java.util.List;

/**
 * One busy-border workload as it was run by the model, recorded so that another implementation can run exactly
 * the same: the parties on the move when the timed ticks begin (straight walks, as {@code Parties} holds them),
 * the fixed detectors, every patrol's path in each tick, the sectors' cover and alert levels, the detection law
 * and the seed of the keyed draws.
 *
 * @param x0 where each party's walk starts (and {@code y0}, {@code x1}, {@code y1}: where it ends)
 * @param stealth the stealth of each party's flow
 * @param cover the cover of each border sector
 * @param alerts {@code alerts[k][sector]}: the sector's alert level in timed tick k
 * @param firstIndex the model's number of the first timed tick (it keys the once-a-tick draws)
 */
public record TrafficTape(double[] x0, double[] y0, double[] x1, double[] y1, double[] departs, double[] arrives,
                          int[] people, int[] sector, long[] key, double[] stealth, double[] cover, double[][] alerts,
                          List<FixedSensor> fixed, List<PatrolTape> patrols, DetectionModel law, long seed,
                          double start, double tick, long firstIndex, int ticks) {

    public int parties() {
        return x0.length;
    }

    /** A patrol as the detectors saw it: its identity, sensor, and its path in each timed tick. */
    public record PatrolTape(long uid, SensorConfig sensor, Track[] paths) {
    }

    /** A copy of a track (the model reuses its tracks every tick). */
    static Track copy(Track t) {
        Track c = new Track();
        c.begin(t.time(0), t.x(0), t.y(0));
        for (int i = 1; i < t.points(); i++) {
            c.lineTo(t.time(i), t.x(i), t.y(i));
        }
        return c;
    }
}
