package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorModel;
import org.junit.jupiter.api.Test;

class RecordCopyTest {
    private static final SensorConfig SENSOR = new SensorConfig(SensorModel.DEFINITE_RANGE, 2, 0.5, 0, true);

    @Test
    void with_oneComponent_changesOnlyThatComponent() {
        SensorConfig copy = RecordCopy.with(SENSOR, "range", 3.5);

        assertEquals(new SensorConfig(SensorModel.DEFINITE_RANGE, 3.5, 0.5, 0, true), copy);
    }

    @Test
    void with_unknownComponent_failsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordCopy.with(SENSOR, "rnage", 3.5));

        assertEquals("SensorConfig has no component rnage", e.getMessage());
    }
}
