package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.metrics.MetricsCollector;
import dev.panj.sim.metrics.TimeSeries;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tick, the population and the hourly snapshot: the frame the systems run in. */
class PhasesTest {

    @Test
    void tick_stepsItsPhasesInOrder_andNumbersTheTicks() {
        Rig rig = Rig.of(new TestScenario());
        List<String> log = new ArrayList<>();
        Steppable first = s -> log.add("first " + rig.clock.index() + " " + rig.clock.start() + "-" + rig.clock.end());
        Steppable second = s -> log.add("second " + rig.clock.index());

        rig.ticks(0, 0.75, first, second);

        assertEquals(List.of("first 0 0.0-0.25", "second 0", "first 1 0.25-0.5", "second 1", "first 2 0.5-0.75",
                "second 2"), log);
    }

    @Test
    void tick_atOrAfterTheHorizon_doesNothing() {
        TestScenario s = new TestScenario();
        s.duration = 1;
        Rig rig = Rig.of(s);
        List<Double> ran = new ArrayList<>();

        rig.ticks(0.5, 1.75, st -> ran.add(rig.clock.start()));

        assertEquals(List.of(0.5, 0.75), ran);
        assertEquals(2, rig.clock.index());
    }

    @Test
    void militants_retireFinishedGroupsAtTheEndOfTheTick_keepingTheOthersInOrder() {
        Rig rig = Rig.of(new TestScenario());
        Militants militants = new Militants();
        MilitantGroup a = rig.group(1, 6, 20);
        MilitantGroup b = rig.group(2, 6, 40);
        MilitantGroup c = rig.group(3, 6, 60);
        MilitantGroup d = rig.group(4, 6, 80);
        List.of(a, b, c, d).forEach(militants::add);
        b.interdict();
        d.turnBack();

        rig.tick(0, militants);

        assertEquals(List.of(a, c), militants.all());
    }

    @Test
    void snapshot_countsStocksFromTheModelsState() {
        Rig rig = Rig.of(new TestScenario().unit(30, 40, 0.1, 0.3).unit(70, 40, 0.1, 0.3));
        Militants militants = new Militants();
        MilitantGroup across = rig.group(1, 6, 50);
        MilitantGroup before = rig.group(2, 4, 50);
        MilitantGroup finished = rig.group(3, 9, 50);
        militants.add(across);
        rig.ticks(0, 3, new GroupMovement(rig.ctx, rig.clock, militants, g -> { }));
        militants.add(before);
        militants.add(finished);
        finished.interdict();
        Forces forces = Deployment.of(rig.ctx).forces();
        forces.units().get(0).dispatch(before, 3, 1);
        MetricsCollector metrics = new MetricsCollector(rig.world.sectors());
        MetricsSnapshot snapshot = new MetricsSnapshot(rig.ctx, metrics, militants, forces, () -> 3,
                new MetricsSnapshot.Crowd() {
                    @Override
                    public long walking() {
                        return 10;
                    }

                    @Override
                    public int waiting() {
                        return 5;
                    }
                });
        rig.runUntil(3);

        snapshot.step(rig.state);

        TimeSeries ts = metrics.result("t", 1, 72, new MetricsCollector.Closing(0,
                new dev.panj.sim.civil.QueueStats(0, 0, 0, 0, Double.NaN, Double.NaN, 0, 0), Double.NaN, 0)).timeSeries();
        double[] row = ts.rows().get(0);
        assertEquals(3, row[ts.column("hour")]);
        assertEquals(4, row[ts.column("militants_pre_crossing")]);
        assertEquals(6, row[ts.column("militants_in_country")]);
        assertEquals(2, row[ts.column("groups_active")]);
        assertEquals(3, row[ts.column("engagements_active")]);
        assertEquals(1, row[ts.column("units_deployed")]);
        assertEquals(10, row[ts.column("civilians_walking")]);
        assertEquals(5, row[ts.column("civilians_waiting")]);
    }

    @Test
    void snapshot_afterTheHorizon_recordsNothing() {
        TestScenario s = new TestScenario();
        s.duration = 2;
        Rig rig = Rig.of(s);
        MetricsCollector metrics = new MetricsCollector(rig.world.sectors());
        MetricsSnapshot snapshot = new MetricsSnapshot(rig.ctx, metrics, new Militants(), new Forces(rig.ctx, List.of()),
                () -> 0, new MetricsSnapshot.Crowd() {
                    @Override
                    public long walking() {
                        return 0;
                    }

                    @Override
                    public int waiting() {
                        return 0;
                    }
                });

        for (double hour = 0; hour <= 4; hour++) {
            rig.state.schedule.scheduleOnce(hour, BorderModel.ORDER_SNAPSHOT, snapshot);
        }
        rig.runUntil(4);

        TimeSeries ts = metrics.result("t", 1, 2, new MetricsCollector.Closing(0,
                new dev.panj.sim.civil.QueueStats(0, 0, 0, 0, Double.NaN, Double.NaN, 0, 0), Double.NaN, 0)).timeSeries();
        assertEquals(List.of(0.0, 1.0, 2.0), ts.rows().stream().map(r -> r[0]).toList());
    }
}
