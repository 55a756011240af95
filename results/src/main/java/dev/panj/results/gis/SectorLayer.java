package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.chart.Palette;
import dev.panj.results.io.CsvTable;
import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.world.World;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The border sectors of a batch (or of the scenarios of a comparison) as lines along their border, with the sector's
 * identity (id, border, the countries either side, terrain, chainage) and every per-sector metric of sectors.csv
 * with its 95% confidence interval and the number of observations behind it:
 * <ul>
 * <li>{@code mean_<count>}: the count per replication ({@code _n}: replications); groups and detections get the
 *     exact Poisson (Garwood) interval. Militants come in groups, so their counts vary more than a Poisson count and
 *     sectors.csv (totals only) cannot say by how much: their interval is null rather than too narrow.</li>
 * <li>{@code detection_rate}, {@code interdiction_rate}: over the groups that tried to cross here, pooled over all
 *     replications ({@code _n}: those groups), Wilson score interval.</li>
 * </ul>
 * A comparison adds, per compared scenario, its values under a prefix and its differences from the baseline
 * ({@code diff_<prefix>_<metric>}, scenario minus baseline) with the MOVER interval of Zou and Donner (2008)
 * combining the two intervals; it treats the two batches as independent, which is conservative for batches on
 * common random numbers.
 */
public final class SectorLayer {
    public static final String NAME = "sectors";
    private static final double Z95 = 1.959963984540054;
    private static final List<String> RATES = List.of("detection_rate", "interdiction_rate");

    private SectorLayer() {
    }

    /** One scenario's sectors: what {@code sectors.csv} holds, on {@code world}. */
    public static List<GisFeature> features(CsvTable sectors, World world, GisFrame frame) {
        List<GisFeature> out = new ArrayList<>();
        Map<String, BorderSector> byId = byId(world);
        for (SectorCounts row : SectorCounts.of(sectors)) {
            BorderSector sector = byId.get(row.id());
            if (sector == null) {
                continue;
            }
            ObjectNode p = identity(sector, row, world);
            values(p, "", row);
            out.add(feature(sector, row, world, frame, p, row));
        }
        return out;
    }

    /**
     * The sectors of a comparison, on the baseline's world: the baseline's values unprefixed, then per other scenario
     * its values under its prefix and the differences under {@code diff_} and its prefix.
     */
    public static List<GisFeature> comparison(CsvTable baseline, Map<String, CsvTable> others, World world,
                                              GisFrame frame) {
        Map<String, Map<String, SectorCounts>> compared = new LinkedHashMap<>();
        others.forEach((prefix, table) -> {
            Map<String, SectorCounts> rows = new LinkedHashMap<>();
            SectorCounts.of(table).forEach(r -> rows.put(r.id(), r));
            compared.put(prefix, rows);
        });
        List<GisFeature> out = new ArrayList<>();
        Map<String, BorderSector> byId = byId(world);
        for (SectorCounts base : SectorCounts.of(baseline)) {
            BorderSector sector = byId.get(base.id());
            if (sector == null) {
                continue;
            }
            ObjectNode p = identity(sector, base, world);
            values(p, "", base);
            SectorCounts shaded = base;
            for (Map.Entry<String, Map<String, SectorCounts>> e : compared.entrySet()) {
                SectorCounts row = e.getValue().get(base.id());
                if (row == null) {
                    continue;
                }
                values(p, e.getKey() + "_", row);
                differences(p, "diff_" + e.getKey() + "_", row, base);
                shaded = row;
            }
            out.add(feature(sector, base, world, frame, p, shaded));
        }
        return out;
    }

    private static Map<String, BorderSector> byId(World world) {
        Map<String, BorderSector> byId = new LinkedHashMap<>();
        world.sectors().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static GisFeature feature(BorderSector sector, SectorCounts row, World world, GisFrame frame, ObjectNode p,
                                      SectorCounts shaded) {
        double rate = shaded.rate("groups_interdicted");
        Color colour = Double.isNaN(rate) ? Palette.MUTED : Palette.VIRIDIS.at(rate);
        return new GisFeature("sector/" + sector.id(), sector.id(),
                frame.along(world.border(sector.border()).line(), row.fromKm(), row.toKm(), 0), p, colour);
    }

    private static ObjectNode identity(BorderSector sector, SectorCounts row, World world) {
        ObjectNode p = GeoJsonFile.JSON.createObjectNode();
        p.put("kind", "sector");
        p.put("id", sector.id());
        p.put("border", sector.border());
        p.put("index", sector.index());
        p.put("country_north", sector.leftCountry());
        p.put("country_south", sector.rightCountry());
        p.put("countries", sector.rightCountry() + "-" + sector.leftCountry());
        p.put("terrain", row.terrain());
        Attributes.number(p, "cover", sector.cover());
        Attributes.number(p, "from_km", row.fromKm());
        Attributes.number(p, "to_km", row.toKm());
        Attributes.number(p, "chainage_km", (row.fromKm() + row.toKm()) / 2);
        Attributes.number(p, "length_km", row.toKm() - row.fromKm());
        return p;
    }

    private static void values(ObjectNode p, String prefix, SectorCounts row) {
        p.put(prefix + "replications", row.replications());
        for (String count : SectorCounts.COUNTS) {
            Attributes.estimate(p, prefix + "mean_" + count, row.mean(count), countInterval(row, count),
                    row.replications());
        }
        long attempts = row.total("groups_attempted");
        for (String rate : RATES) {
            Attributes.estimate(p, prefix + rate, row.rate(counted(rate)), rateInterval(row, rate), attempts);
        }
    }

    private static void differences(ObjectNode p, String prefix, SectorCounts row, SectorCounts base) {
        for (String count : SectorCounts.COUNTS) {
            difference(p, prefix + "mean_" + count, row.mean(count), countInterval(row, count), base.mean(count),
                    countInterval(base, count));
        }
        for (String rate : RATES) {
            difference(p, prefix + rate, row.rate(counted(rate)), rateInterval(row, rate), base.rate(counted(rate)),
                    rateInterval(base, rate));
        }
    }

    /** Scenario minus baseline, with the MOVER interval from the two intervals (null where either has none). */
    private static void difference(ObjectNode p, String name, double value, ConfidenceInterval ci, double base,
                                   ConfidenceInterval baseCi) {
        double d = value - base;
        double low = d - Math.sqrt(sq(value - ci.low()) + sq(baseCi.high() - base));
        double high = d + Math.sqrt(sq(ci.high() - value) + sq(base - baseCi.low()));
        Attributes.number(p, name, d);
        Attributes.number(p, name + "_ci_low", low);
        Attributes.number(p, name + "_ci_high", high);
    }

    private static ConfidenceInterval countInterval(SectorCounts row, String count) {
        if (count.startsWith("militants_")) {
            return ConfidenceInterval.NONE;
        }
        return ConfidenceInterval.poissonMean(row.total(count), row.replications());
    }

    private static ConfidenceInterval rateInterval(SectorCounts row, String rate) {
        long attempts = row.total("groups_attempted");
        return ConfidenceInterval.wilson(Math.min(row.total(counted(rate)), attempts), attempts, Z95);
    }

    private static String counted(String rate) {
        return rate.equals("detection_rate") ? "detections" : "groups_interdicted";
    }

    private static double sq(double x) {
        return x * x;
    }
}
