package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.panj.sim.metrics.TimeSeries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesMomentsTest {
    private static final List<String> COLUMNS = List.of("hour", "crossed", "leaked");

    private static TimeSeries series(double... crossedPerHour) {
        double[][] rows = new double[crossedPerHour.length][];
        for (int h = 0; h < rows.length; h++) {
            rows[h] = new double[] {h, crossedPerHour[h], 2 * crossedPerHour[h]};
        }
        return new TimeSeries(COLUMNS, List.of(rows));
    }

    @Test
    void band_threeReplications_isMeanAndStudentTIntervalPerHour() {
        SeriesMoments moments = new SeriesMoments(COLUMNS);
        moments.add(series(0, 1));
        moments.add(series(0, 2));
        moments.add(series(0, 6));

        SeriesBand band = moments.band(1, 0);
        assertEquals(3, band.n());
        assertEquals(3, band.mean(), 1e-12);
        assertEquals(Math.sqrt(7), band.sd(), 1e-12);
        double half = StudentT.quantile95(2) * Math.sqrt(7) / Math.sqrt(3);
        assertEquals(3 - half, band.ciLow(), 1e-12);
        assertEquals(6, moments.band(1, 1).mean(), 1e-12);
        assertEquals(1, moments.hour(1));
        assertEquals(0, moments.band(0, 0).sd(), 0);
    }

    @Test
    void writeToAndReadFrom_continueBitForBit() throws IOException {
        SeriesMoments whole = new SeriesMoments(COLUMNS);
        SeriesMoments first = new SeriesMoments(COLUMNS);
        whole.add(series(0.1, 0.7));
        first.add(series(0.1, 0.7));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeTo(new DataOutputStream(bytes));
        SeriesMoments restored = SeriesMoments.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        whole.add(series(0.3, 1.9));
        restored.add(series(0.3, 1.9));

        assertEquals(whole.band(1, 0), restored.band(1, 0));
        assertEquals(whole.band(0, 1), restored.band(0, 1));
    }

    @Test
    void add_differentColumns_isRejected() {
        SeriesMoments moments = new SeriesMoments(COLUMNS);

        assertThrows(IllegalArgumentException.class,
                () -> moments.add(new TimeSeries(List.of("hour", "other"), List.of(new double[] {0, 1}))));
    }
}
