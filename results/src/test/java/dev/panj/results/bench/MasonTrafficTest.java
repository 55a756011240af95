package dev.panj.results.bench;

import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.CivilianKind;
import dev.panj.sim.config.GreenFlowConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TrafficConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain MASON model and the model's green-border system run the same workload: the same parties, detectors
 * and patrol paths, the same detection law and the same keyed draws. They must then see the same parties the same
 * number of times, exactly (not within a tolerance: they draw the same numbers), and count the same agent-steps.
 */
class MasonTrafficTest {
    private static TrafficBench bench;

    /** Barrier-2015's forces with four green-border flows much like busy-border's (stealth and sizes differ). */
    static ScenarioConfig busy() throws Exception {
        ScenarioConfig c = ScenarioLibrary.load("barrier-2015").config();
        TrafficConfig traffic = new TrafficConfig(List.of(
                new GreenFlowConfig(CivilianKind.HERDER, List.of(), 300, 3, List.of(), 0.1, 3, 3, 0, 0.5),
                new GreenFlowConfig(CivilianKind.TRADER, List.of(), 400, 2, List.of(), 0.2, 3, 3, 0.1, 0.5),
                new GreenFlowConfig(CivilianKind.SMUGGLER, List.of(), 100, 3, List.of(), 0.8, 4, 4, 0.3, 0.5),
                new GreenFlowConfig(CivilianKind.REFUGEE, List.of(), 50, 5, List.of(), 0.5, 3, 2.5, 0, 0.5)),
                List.of(), 2, 0, 3, 3, true, true, 0, 0.3, 10, 0.5);
        return new ScenarioConfig("busy-test", c.description(), c.simulation(), c.geography(), c.terrains(),
                c.militants(), c.stagingAreas(), c.objectives(), c.arrivals(), c.posts(), c.sensorLines(), c.patrols(),
                c.reactionUnits(), c.commands(), c.detection(), c.engagement(), c.cooperation(), c.bilateralHelp(),
                c.csto(), c.sco(), c.civilians(), c.costs(), c.timeline(), traffic, c.verification());
    }

    @BeforeAll
    static void setUp() throws Exception {
        bench = new TrafficBench(busy(), ScenarioLibrary.geoData(), 6, 1);
        bench.warmUpSteps = 1; // counts, not times: one untimed run of each is enough
    }

    @Test
    void bothImplementationsSeeTheSamePartiesTheSameNumberOfTimes() {
        TrafficBench.Recorded rec = bench.record(10_000);
        MasonTraffic.Result mason = MasonTraffic.run(rec.tape());
        assertEquals(10_000, rec.tape().parties());
        assertTrue(rec.sightings() > 30, "the workload must interact: " + rec.sightings() + " sightings");
        assertEquals(rec.sightings(), mason.sightings());
        // A party-step is a party walking in a tick. Walks of 2 h (8 ticks) or a little more, each seeded at a uniform
        // point of it: over 6 ticks a party walks about min(6, remaining ticks) + 1/2 of them, about 4.2 on average.
        assertEquals(4.2, (double) mason.agentSteps() / 10_000, 0.3, "agent-steps per party");
    }

    @Test
    void theMeasurementCountsTheSameStepsAndSightingsOnBothSides() {
        TrafficBench.Measurement m = bench.measure(5_000);
        assertEquals(m.agentSteps(), m.masonAgentSteps());
        assertEquals(m.sightings(), m.masonSightings());
        assertTrue(m.nsPerAgentStep() > 0 && m.masonNsPerAgentStep() > 0);
        assertTrue(m.heapBytesPerAgent() > 0, "heap per party " + m.heapBytesPerAgent());
    }
}
