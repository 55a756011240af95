package dev.panj.sim;

import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.RunResult;

/** Not a test: a quick manual run while developing. */
final class SmokeMain {
    public static void main(String[] args) {
        TestScenario s = new TestScenario();
        s.sensorLine(0, 100, 2, TestScenario.cookieCutter(0.5, 1));
        s.wave(2000, 0, 0, TestScenario.group(8, SectorChoice.UNIFORM, 0, 100));
        s.unit(50, 60, 0.1, 0.3);
        long t0 = System.nanoTime();
        RunResult r = Simulation.run(s.build(), GeoData.empty(), 1, 48);
        System.out.println((System.nanoTime() - t0) / 1e6 + " ms");
        r.metrics().forEach((k, v) -> System.out.println(k + " = " + v));
    }
}
