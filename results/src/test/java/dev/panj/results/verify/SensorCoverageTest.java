package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensorCoverageTest {

    /** analytic-limits.md 1.4a, the table, including the overlap rows. */
    @ParameterizedTest(name = "R={0} S={1} g={2} -> {3}")
    @CsvSource({"0.5, 2.0, 1.0, 0.50", "0.75, 1.0, 1.0, 1.00", "0.5, 2.0, 0.8, 0.40", "0.75, 1.0, 0.8, 0.88"})
    void line_table(double range, double spacing, double g, double expected) {
        assertEquals(expected, SensorCoverage.line(range, spacing, g), 1e-12);
    }

    @Test
    void layers_threeLayers_give072() {
        assertEquals(0.72, SensorCoverage.layers(List.of(0.3, 0.5, 0.2)), 1e-12);
    }

    /** analytic-limits.md 4: seven identical layers of 0.3 reach 0.9176, of 0.5 reach 0.9922. */
    @ParameterizedTest(name = "7 x {0} -> {1}")
    @CsvSource({"0.3, 0.9176", "0.5, 0.9922"})
    void layers_identical(double p, double expected) {
        assertEquals(expected, SensorCoverage.layers(Collections.nCopies(7, p)), 5e-5);
    }

    @Test
    void average_lineOverAWholeNumberOfSpacings_equalsTheLineLaw() {
        List<SensorCoverage.Sensor> sensors = new java.util.ArrayList<>();
        for (int k = 0; k < 50; k++) {
            sensors.add(new SensorCoverage.Sensor(2 * k + 1, 0.5, 1));
        }
        assertEquals(0.5, SensorCoverage.average(sensors, 0, 100), 1e-12);
    }

    @Test
    void average_rangeEndingWhereTheLastSensorHasNoNeighbour_isLower() {
        // Overlapping sensors at 0.5, 1.5, ..., 99.5 (R = 0.75): on [0, 0.25] only one sensor sees a crosser.
        List<SensorCoverage.Sensor> sensors = new java.util.ArrayList<>();
        for (int k = 0; k < 100; k++) {
            sensors.add(new SensorCoverage.Sensor(k + 0.5, 0.75, 0.8));
        }
        assertEquals(0.88, SensorCoverage.average(sensors, 1, 99), 1e-12);
        assertEquals(0.88 - 2 * 0.25 * (0.96 - 0.8) / 100, SensorCoverage.average(sensors, 0, 100), 1e-12);
    }
}
