package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupLeaked;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GroupMovement alone. The rig's group walks at 4 km/h from (50, -4.5): 1.5 km to its approach point, 3 km to the
 * bank (at 1.125 h), an hour on the river (across at 2.125 h), 3 km to its exit point and 7 km on to its
 * objective (at 4.625 h, in the tick of 4.5 h).
 */
class GroupMovementTest {

    @Test
    void move_groupFordingTheRiver_isAcrossWhenTheCrossingTimeIsOver_andLeaksAtItsObjective() {
        Rig rig = Rig.of(new TestScenario());
        Militants militants = new Militants();
        MilitantGroup g = rig.group(1, 6, 50);
        militants.add(g);
        GroupMovement movement = new GroupMovement(rig.ctx, rig.clock, militants, x -> { });

        rig.ticks(0, 6, movement, militants);

        assertEquals(1, rig.events(GroupCrossed.class).size());
        GroupCrossed crossed = rig.events(GroupCrossed.class).get(0);
        assertEquals(2.125, crossed.time(), 1e-9);
        assertEquals(1, crossed.group());
        assertEquals(6, crossed.size());
        assertEquals(2, crossed.sector(), "chainage 50 is in the third 25 km sector");
        assertEquals(0, crossed.crossing());
        assertEquals(1, rig.events(GroupLeaked.class).size());
        assertEquals(4.75, rig.events(GroupLeaked.class).get(0).time(), 1e-9,
                "reported at the end of the tick in which it arrives (4.625 h)");
        assertEquals(GroupState.LEAKED, g.state());
        assertEquals(0, militants.size(), "retired at the end of the tick it leaked in");
        assertEquals(19, movement.steps(), "one step a tick from 0 h to the tick of 4.5 h");
    }

    @Test
    void move_groupOnTheRiver_isCrossingAndStaysOnItsBank() {
        Rig rig = Rig.of(new TestScenario());
        Militants militants = new Militants();
        MilitantGroup g = rig.group(1, 6, 50);
        militants.add(g);
        GroupMovement movement = new GroupMovement(rig.ctx, rig.clock, militants, x -> { });

        rig.ticks(0, 1.5, movement);

        assertEquals(GroupState.CROSSING, g.state());
        assertEquals(50, g.x(), 1e-9);
        assertEquals(0, g.y(), 1e-9);
        assertEquals("AFG", g.country(), "on the river the group is still in the country it leaves");
        assertEquals("TJK", g.enteringCountry());
        assertTrue(rig.events(GroupCrossed.class).isEmpty());
    }

    @Test
    void move_groupHiddenAmongCivilians_joinsTheQueueAtItsCrossingAndWaitsThere() {
        Rig rig = Rig.of(new TestScenario());
        Militants militants = new Militants();
        MilitantGroup g = rig.group(1, 6, rig.route(50, new dev.panj.sim.geo.Point(50, -4.5),
                new dev.panj.sim.geo.Point(50, 10)), "bcp");
        militants.add(g);
        List<Double> joined = new ArrayList<>();
        GroupMovement movement = new GroupMovement(rig.ctx, rig.clock, militants, x -> joined.add(rig.clock.start()));

        rig.ticks(0, 8, movement);

        assertEquals(List.of(1.0), joined, "joins once, in the tick it reaches the bank (1.125 h)");
        assertTrue(g.hidden());
        assertEquals(GroupState.CROSSING, g.state());
        assertTrue(rig.events(GroupCrossed.class).isEmpty(), "it waits until screening lets it through");
    }

    @Test
    void move_everyGroupOnTheMove_countsOneStepATick() {
        Rig rig = Rig.of(new TestScenario());
        Militants militants = new Militants();
        militants.add(rig.group(1, 6, 30));
        militants.add(rig.group(2, 6, 60));
        militants.add(rig.group(3, 6, 90));
        GroupMovement movement = new GroupMovement(rig.ctx, rig.clock, militants, x -> { });

        rig.ticks(0, 1, movement);

        assertEquals(12, movement.steps());
    }
}
