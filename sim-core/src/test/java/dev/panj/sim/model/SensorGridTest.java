package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grid of fixed sensors: which sensors a query visits, and in which order. */
class SensorGridTest {

    private static FixedSensor at(String id, double x, double y) {
        return new FixedSensor(id, DetectorKind.SENSOR, "TJK", new Point(x, y), TestScenario.cookieCutter(1, 1), 0, 0, 0, 0);
    }

    private static List<String> near(SensorGrid grid, double minX, double minY, double maxX, double maxY) {
        List<String> ids = new ArrayList<>();
        grid.forEachNear(minX, minY, maxX, maxY, s -> ids.add(s.id()));
        return ids;
    }

    // Sensors a(0,0) and b(3,1) share the first 5 km cell; c(12,0) is two cells east; d(1,11) two cells north.
    private static final List<FixedSensor> FOUR = List.of(at("a", 0, 0), at("c", 12, 0), at("d", 1, 11), at("b", 3, 1));

    @Test
    void forEachNear_boxInOneCell_visitsTheSensorsOfThatCellOnly_inTheOrderGiven() {
        SensorGrid grid = new SensorGrid(FOUR, 5);

        assertEquals(List.of("a", "b"), near(grid, 0.5, 0.5, 1.5, 1.5));
    }

    @Test
    void forEachNear_boxOverManyCells_visitsThemRowByRowWestToEast() {
        SensorGrid grid = new SensorGrid(FOUR, 5);

        assertEquals(List.of("a", "b", "c", "d"), near(grid, -100, -100, 100, 100));
        assertEquals(List.of("a", "b", "c"), near(grid, 0, 0, 14, 4));
    }

    @Test
    void forEachNear_boxAwayFromEverySensor_visitsNothing() {
        SensorGrid grid = new SensorGrid(FOUR, 5);

        assertEquals(List.of(), near(grid, 6, 6, 9, 9));
        assertEquals(List.of(), near(grid, 500, 500, 600, 600));
    }

    @Test
    void forEachNear_visitorAnswersFalse_stopsTheQuery() {
        SensorGrid grid = new SensorGrid(FOUR, 5);
        List<String> seen = new ArrayList<>();

        grid.forEachNear(-100, -100, 100, 100, s -> {
            seen.add(s.id());
            return seen.size() < 2;
        });

        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    void forEachNear_noSensors_visitsNothing() {
        SensorGrid grid = new SensorGrid(List.of(), 5);

        assertEquals(List.of(), near(grid, -100, -100, 100, 100));
    }

    @Test
    void forEachNear_cellOfTheBoxCorner_isIncluded() {
        // c sits at x = 12, in the cell [10, 15): a box ending at x = 10 touches that cell.
        SensorGrid grid = new SensorGrid(FOUR, 5);

        assertEquals(List.of("a", "b", "c"), near(grid, 0, 0, 10, 0));
    }
}
