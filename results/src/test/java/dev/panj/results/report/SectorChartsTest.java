package dev.panj.results.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.chart.Chart;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Density maps: counts per 10 km of the sector per replication, so that long and short sectors compare. */
class SectorChartsTest {

    private static SectorRow row(String id, double from, double to, long attempts, long interdictions) {
        return new SectorRow(id, "", id, from, to, "plain", 10, attempts, attempts, attempts, interdictions);
    }

    @Test
    void perTenKm_dividesByLengthAndReplications() {
        SectorRow longOne = row("S1", 0, 40, 80, 20);
        SectorRow shortOne = row("S2", 40, 45, 10, 5);

        assertEquals(0.5, SectorCharts.perTenKm(longOne, SectorCharts.Density.INTERDICTIONS), 1e-12,
                "20 interdictions over 10 replications on 40 km");
        assertEquals(1.0, SectorCharts.perTenKm(shortOne, SectorCharts.Density.INTERDICTIONS), 1e-12,
                "5 over 10 replications on 5 km: denser although fewer");
        assertEquals(1.5, SectorCharts.perTenKm(longOne, SectorCharts.Density.NOT_INTERDICTED), 1e-12,
                "80 attempts − 20 interdicted = 60 over 10 replications on 40 km");
        assertTrue(Double.isNaN(SectorCharts.perTenKm(row("S3", 45, 45, 1, 0), SectorCharts.Density.INTERDICTIONS)));
    }

    @Test
    void densityMap_altNamesTheDensestSectorAndTheEmptyOnes() {
        List<SectorRow> rows = new ArrayList<>();
        rows.add(row("S1", 0, 25, 40, 4));
        rows.add(row("S2", 25, 50, 40, 0));
        rows.add(row("S3", 50, 75, 40, 12));
        rows.add(row("S4", 75, 100, 0, 0));

        Chart chart = SectorCharts.densityMap("map-interdictions", dev.panj.results.chart.MapGeometry.straight(100, "test border"), rows,
                SectorCharts.Density.INTERDICTIONS, "across 10 replications of baseline");

        assertTrue(chart.alt().startsWith("Interdictions by sector, per 10 km of border per replication. Densest: S3 with 0.48 per 10 km per replication; "),
                chart.alt());
        assertTrue(chart.alt().endsWith("2 of 4 sectors had none."), chart.alt());
    }
}
