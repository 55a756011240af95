package dev.panj.results.report;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.DeploymentMap;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.MapScale;
import dev.panj.results.chart.Palette;
import dev.panj.results.chart.SectorValue;
import dev.panj.results.gis.DeploymentLayer;
import dev.panj.results.gis.GisFeature;
import dev.panj.results.gis.GisFrame;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The map of what a scenario deploys, drawn without running it: every border's sectors coloured by their terrain
 * cover, the posts, sensors, sensor lines, patrol stretches, official crossings and reaction-unit bases over them, and
 * the staging areas and objectives. The positions are those of the deployment layer (the model's own), so the map and
 * {@code deployment.geojson} show the same places.
 */
public final class DeploymentChart {
    /** Kind of feature in the deployment layer, legend label, colour, mark, size in pixels. */
    private record Style(String kind, String label, Color colour, DeploymentMap.Mark mark, double size) {
    }

    private static final List<Style> STYLES = List.of(
            new Style("patrol stretch", "patrol stretch", Palette.SKY_BLUE, DeploymentMap.Mark.LINE, 3),
            new Style("sensor line", "sensor line", Palette.REDDISH_PURPLE, DeploymentMap.Mark.LINE, 2),
            new Style("border post", "border post", Palette.INK, DeploymentMap.Mark.DOT, 2.5),
            new Style("sensor", "unattended sensor", Palette.REDDISH_PURPLE, DeploymentMap.Mark.SQUARE, 1.8),
            new Style("official crossing", "official crossing", Palette.BLUISH_GREEN, DeploymentMap.Mark.DIAMOND, 5),
            new Style("reaction unit base", "reaction-unit base", Palette.ORANGE, DeploymentMap.Mark.SQUARE, 4.5));

    private DeploymentChart() {
    }

    /** The deployment map of {@code config}, or empty on a synthetic straight border (no geography to draw). */
    public static Optional<Chart> of(String name, ScenarioConfig config, GeoData geo) {
        World world = WorldBuilder.build(config, geo);
        Optional<GisFrame> frame = GisFrame.of(world);
        if (frame.isEmpty()) {
            return Optional.empty();
        }
        List<GisFeature> features = DeploymentLayer.features(config, world, frame.get());
        List<DeploymentMap.Layer> layers = new ArrayList<>();
        for (Style style : STYLES) {
            List<List<Point>> items = new ArrayList<>();
            for (GisFeature f : features) {
                if (style.kind().equals(f.properties().path("kind").asText())) {
                    items.add(points(f, world.projection()));
                }
            }
            layers.add(new DeploymentMap.Layer(style.label(), style.colour(), style.mark(), style.size(), items));
        }
        MapGeometry geometry = ScenarioMap.geometry(config, geo);
        List<SectorValue> sectors = sectors(world);
        String counts = String.join(", ", layers.stream().filter(l -> !l.items().isEmpty())
                .map(l -> l.items().size() + " " + l.label() + (l.items().size() == 1 ? "" : "s")).toList());
        return Optional.of(DeploymentMap.create(name, "The deployment of " + config.name() + " before it runs: "
                        + counts + "; sectors coloured by their terrain cover.",
                "Map of " + config.name() + ": " + counts + ".", "Deployment of " + config.name(),
                config.description(), geometry, sectors,
                MapScale.continuous(0, 1, "terrain cover of the sector (0 open – 1 full concealment)"), layers));
    }

    static List<SectorValue> sectors(World world) {
        List<SectorValue> sectors = new ArrayList<>();
        for (BorderSector s : world.sectors()) {
            sectors.add(new SectorValue(SectorValue.borderOf(s.id()), s.id(), s.from(), s.to(), s.cover(), -1));
        }
        return sectors;
    }

    private static List<Point> points(GisFeature f, Projection projection) {
        return Arrays.stream(f.geometry().getCoordinates()).map(c -> projection.project(c.x, c.y)).toList();
    }

}
