package dev.panj.ui.gui;

import dev.panj.sim.config.CivilianKind;
import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Point;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.model.Engagement;
import dev.panj.sim.model.MilitantGroup;
import dev.panj.sim.model.Patrol;
import dev.panj.sim.model.ReactionUnit;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The map of one run: its layers, bottom to top, and the figures they show (running totals, the groups' stories,
 * the sector colours). A comparison has two, one per run, drawn side by side on one display or with run B's
 * agents overlaid on A's map. Built once per GUI; {@link #prepare} and {@link #show} set it up for each new run.
 */
final class RunMap {
    private final GeographyLayer geography;
    private final AgentLayer<PlaceView> places;
    private final CivilianLayer civilians = new CivilianLayer();
    private final AgentLayer<ScreeningPoint> screening;
    private final AgentLayer<FixedSensor> sensors;
    private final AgentLayer<Patrol> patrols;
    private final AgentLayer<ReactionUnit> units;
    private final AgentLayer<MilitantGroup> groups;
    private final AgentLayer<Engagement> engagements;
    private final DivergenceLayer divergence;
    private final LabelLayer labels;
    private final FurnitureLayer furniture;
    private final MarkerPortrayal placeMarkers;
    private final MarkerPortrayal screeningMarkers;
    private final MarkerPortrayal sensorMarkers;
    private final IntSupplier detectionScale;
    private volatile RunCounts counts = new RunCounts();
    private volatile GroupFates fates = new GroupFates(g -> null);
    private volatile RunStatus status = RunStatus.NONE;
    private volatile Legend.Contents contents = new Legend.Contents(Set.of(), false, false, false, false, false, false);
    private SectorShading shading;
    private TimeText time;
    private List<PlaceView> placeViews = List.of();
    private double tick = 0.25;

    /**
     * @param countryNames   display names of countries by ISO alpha-3 code
     * @param clearance      boxes over the map that names keep clear of
     * @param title          the map's title (a comparison's "A: name"), or a supplier of null
     * @param hollow         whether the agents are drawn in outline (run B overlaid on A's map)
     * @param divergenceAt   where the comparison's runs first diverged, or null
     * @param detectionScale the detection count that takes the top colour of the detections ramp (shared by the
     *                       two maps of a comparison, so that one colour means one count on both)
     */
    RunMap(Map<String, String> countryNames, Clearance clearance, Supplier<String> title, BooleanSupplier hollow,
           Supplier<Point> divergenceAt, IntSupplier detectionScale) {
        this.detectionScale = detectionScale;
        geography = new GeographyLayer(countryNames, clearance);
        placeMarkers = new MarkerPortrayal(v -> ((PlaceView) v).role().marker, v -> ((PlaceView) v).role().size,
                hollow);
        places = new AgentLayer<>("Places", m -> placeViews, p -> p, placeMarkers, 0);
        screeningMarkers = new MarkerPortrayal(v -> Marker.BAR, v -> 12, hollow);
        screening = new AgentLayer<>("Screening points", BorderModel::screeningPoints, ScreeningView::new,
                screeningMarkers, 0);
        sensorMarkers = new MarkerPortrayal(v -> ((SensorView) v).manned() ? Marker.SQUARE : Marker.TRIANGLE, v -> 9,
                hollow);
        sensors = new AgentLayer<>("Posts and sensors", BorderModel::fixedSensors, SensorView::new, sensorMarkers, 0);
        patrols = new AgentLayer<>("Patrols", BorderModel::patrols, PatrolView::new,
                new MarkerPortrayal(v -> Marker.DIAMOND, v -> 11, hollow), 0);
        units = new AgentLayer<>("Reaction units", BorderModel::units, UnitView::new,
                new MarkerPortrayal(v -> Marker.HEXAGON, v -> 14, hollow), 0);
        groups = new AgentLayer<>("Militant groups", BorderModel::groups, g -> new GroupView(g, time),
                new MarkerPortrayal(v -> Marker.CIRCLE, v -> 12, hollow), BorderGui.LINGER_HOURS);
        engagements = new AgentLayer<>("Engagements", BorderModel::engagements,
                e -> new EngagementView(e, tick, time),
                new MarkerPortrayal(v -> Marker.RING, v -> 24, () -> false), 0);
        divergence = new DivergenceLayer(divergenceAt);
        labels = new LabelLayer(clearance);
        furniture = new FurnitureLayer(title);
    }

    /** Every layer, bottom to top. */
    List<MapLayer> layers() {
        return List.of(geography, places, civilians, screening, sensors, patrols, units, groups, engagements,
                divergence, labels, furniture);
    }

    /** The layers drawn over the other run's map when a comparison overlays them: the agents only. */
    List<MapLayer> agentLayers() {
        return List.of(places, screening, sensors, patrols, units, groups, engagements);
    }

    /** Starts observing a run: call before the model starts, so that no event is missed. */
    void prepare(BorderModel model) {
        counts = new RunCounts();
        model.addListener(counts);
        fates = new GroupFates(uid -> positionOf(model, uid));
        model.addListener(fates);
    }

    private static Point positionOf(BorderModel model, long uid) {
        for (MilitantGroup g : model.groups()) {
            if (g.uid() == uid) {
                return g.position();
            }
        }
        return null;
    }

    /** Lays out a freshly started run's map in {@code frame} and shows its agents at time 0. */
    void show(BorderModel model, MapFrame frame, GeoData geo, SectorShading.Mode mode) {
        World world = model.world();
        tick = model.tick();
        time = new TimeText(world.clock());
        shading = SectorShading.of(world, model.fixedSensors(), counts, model::alertLevel, mode, detectionScale);
        List<Point> screeningAt = model.screeningPoints().stream().map(ScreeningPoint::position).toList();
        placeViews = Places.of(world, model.config(), geo, frame, screeningAt);
        for (MapLayer l : layers()) {
            l.reset(frame);
        }
        geography.show(world, shading, placeViews.stream().filter(p -> p.label() != null)
                .map(PlaceView::position).toList());
        labels.show(labelsOf(model), obstaclesOf(model), borderLines(model.world()));
        contents = contentsOf(model);
        refresh(model, 0);
    }

    /** Names in order of priority: places the scenario defines, crossings, bases, towns, then sector ids. */
    private List<LabelLayer.Label> labelsOf(BorderModel model) {
        List<LabelLayer.Label> out = new ArrayList<>();
        List<PlaceView> named = placeViews.stream().filter(p -> p.label() != null).toList();
        for (PlaceView.Role r : List.of(PlaceView.Role.STAGING, PlaceView.Role.OBJECTIVE)) {
            named.stream().filter(p -> p.role() == r).forEach(p -> out.add(placeLabel(p)));
        }
        for (ScreeningPoint s : model.screeningPoints()) {
            out.add(new LabelLayer.Label(s.id(), s.position(), Marker.BAR.halfWidth(12),
                    Marker.BAR.halfHeight(12), false));
        }
        for (PlaceView.Role r : List.of(PlaceView.Role.CROSSING, PlaceView.Role.BASE, PlaceView.Role.TOWN)) {
            named.stream().filter(p -> p.role() == r).forEach(p -> out.add(placeLabel(p)));
        }
        out.addAll(sectorLabels(model.world()));
        return out;
    }

    private static LabelLayer.Label placeLabel(PlaceView p) {
        Marker m = p.role().marker;
        return new LabelLayer.Label(p.label(), p.position(), m.halfWidth(p.role().size), m.halfHeight(p.role().size),
                false);
    }

    /**
     * Sector ids at the sectors' middles, every fourth first, then every second, then the rest, so that as many as
     * fit are spread evenly along each border.
     */
    private static List<LabelLayer.Label> sectorLabels(World world) {
        List<BorderSector> all = new ArrayList<>();
        List<Integer> rank = new ArrayList<>();
        for (Border b : world.borders()) {
            List<BorderSector> ss = b.sectors();
            for (int k = 0; k < ss.size(); k++) {
                all.add(ss.get(k));
                rank.add(k % 4 == 0 ? 0 : k % 2 == 0 ? 1 : 2);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(rank::get));
        double half = GeographyLayer.BAND_PX / 2;
        List<LabelLayer.Label> out = new ArrayList<>();
        for (int i : order) {
            BorderSector s = all.get(i);
            Border b = world.border(s.border());
            Point mid = b.line().at((s.from() + Math.min(s.to(), b.line().length())) / 2, 0);
            out.add(new LabelLayer.Label(s.id(), mid, half, half, true));
        }
        return out;
    }

    /** What names must not cover: every fixed marker (the border's band is another obstacle). */
    private List<LabelLayer.Obstacle> obstaclesOf(BorderModel model) {
        List<LabelLayer.Obstacle> out = new ArrayList<>();
        for (PlaceView p : placeViews) {
            Marker m = p.role().marker;
            out.add(new LabelLayer.Obstacle(p.position(), m.halfWidth(p.role().size), m.halfHeight(p.role().size)));
        }
        for (ScreeningPoint s : model.screeningPoints()) {
            out.add(new LabelLayer.Obstacle(s.position(), Marker.BAR.halfWidth(12), Marker.BAR.halfHeight(12)));
        }
        for (FixedSensor s : model.fixedSensors()) {
            out.add(new LabelLayer.Obstacle(s.position(), 6, 6));
        }
        return out;
    }

    /** Each border line as vertices, for the band that names keep clear of. */
    private static List<List<Point>> borderLines(World world) {
        List<List<Point>> out = new ArrayList<>();
        for (Border b : world.borders()) {
            BorderLine line = b.line();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < line.vertexCount(); i++) {
                points.add(line.vertex(i));
            }
            out.add(points);
        }
        return out;
    }

    private Legend.Contents contentsOf(BorderModel model) {
        Set<PlaceView.Role> roles = EnumSet.noneOf(PlaceView.Role.class);
        placeViews.forEach(p -> roles.add(p.role()));
        return new Legend.Contents(roles, !model.screeningPoints().isEmpty(),
                model.fixedSensors().stream().anyMatch(s -> new SensorView(s).manned()),
                model.fixedSensors().stream().anyMatch(s -> !new SensorView(s).manned()),
                !model.patrols().isEmpty(), !model.units().isEmpty(), hasCivilians(model.config()),
                kinds(model.config()));
    }

    /** The kinds of civilians on the green border: the traffic's flows, and families who may divert to a ford. */
    private static Set<CivilianKind> kinds(ScenarioConfig c) {
        Set<CivilianKind> kinds = EnumSet.noneOf(CivilianKind.class);
        if (c.traffic() != null) {
            c.traffic().flows().forEach(f -> kinds.add(f.kind()));
        }
        if (!c.civilians().crossings().isEmpty()) {
            kinds.add(CivilianKind.FAMILY);
        }
        return kinds;
    }

    /** Whether civilians walk to the crossings at some time of the run: background flows or a mass crossing. */
    private static boolean hasCivilians(ScenarioConfig c) {
        return !c.civilians().flows().isEmpty()
                || c.timeline().stream().anyMatch(e -> e.massCrossing() != null);
    }

    /** Brings the map up to date with the model at {@code now}. */
    void refresh(BorderModel model, double now) {
        for (MapLayer l : layers()) {
            l.refresh(model, now);
        }
        status = RunStatus.of(model, counts, time);
    }

    /** What the legend must explain for this run. */
    Legend.Contents contents() {
        return contents;
    }

    RunCounts counts() {
        return counts;
    }

    GroupFates fates() {
        return fates;
    }

    RunStatus status() {
        return status;
    }

    SectorShading shading() {
        return shading;
    }

    TimeText time() {
        return time;
    }

    GeographyLayer geography() {
        return geography;
    }

    LabelLayer labels() {
        return labels;
    }

    FurnitureLayer furniture() {
        return furniture;
    }

    CivilianLayer civilians() {
        return civilians;
    }

    /** The agent layers, each with its marker portrayal (tests). */
    List<AgentLayer<?>> agents() {
        return List.of(places, screening, sensors, patrols, units, groups, engagements);
    }

    /** What the map must show, bottom to top, for an extent: the border, the scenario's places, bases, detectors. */
    static List<Point> extent(BorderModel model) {
        World world = model.world();
        List<Point> points = new ArrayList<>();
        for (Border b : world.borders()) {
            BorderLine line = b.line();
            for (int i = 0; i < line.vertexCount(); i++) {
                points.add(line.vertex(i));
            }
        }
        ScenarioConfig c = model.config();
        for (StagingAreaConfig s : c.stagingAreas()) {
            points.add(world.resolve(s.location()));
        }
        for (ObjectiveConfig o : c.objectives()) {
            points.add(world.resolve(o.location()));
        }
        for (ReactionUnitConfig u : c.reactionUnits()) {
            points.add(world.resolve(u.base()));
        }
        for (FixedSensor s : model.fixedSensors()) {
            points.add(s.position());
        }
        return points;
    }
}
