package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.CountryShape;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Point;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * The MASON GUI of the border model: the map display, the live charts, the Model tab and the Scenario
 * menu. The model knows nothing of this class; each start builds a fresh {@link BorderModel} from the
 * scenario (with the Model tab's overrides) and the seed the Console hands over, and after every step the
 * map's layers copy what they show from the model's agent lists.
 */
public final class BorderGui extends GUIState {
    /** The map's size in the window at zoom 1, in pixels. */
    static final double DISPLAY_WIDTH = 1120;
    static final double DISPLAY_HEIGHT = DISPLAY_WIDTH / MapFrame.ASPECT;
    /** Hours an interdicted, leaked or turned-back group stays on the map after the model drops it. */
    static final double LINGER_HOURS = 6;
    private static final int GUTTER = 8;
    private static final int CONSOLE_WIDTH = 440;

    private final GeoData geo;
    private final boolean showWindows;
    private final ModelSettings settings;
    private final GeographyLayer geography;
    private final List<MapLayer> layers = new ArrayList<>();
    private final LiveCharts charts = new LiveCharts();
    private final AtomicLong frames = new AtomicLong();
    private LoadedScenario scenario;
    private RunCounts counts = new RunCounts();
    private volatile RunStatus status = RunStatus.NONE;
    private volatile SectorShading.Mode sectorMode = SectorShading.Mode.TERRAIN;
    private SectorShading shading;
    private TimeText time;
    private List<PlaceView> placeViews = List.of();
    private double nextSample;
    private double lastRefresh;
    private MapDisplay display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private ConsoleSeed consoleSeed;

    /**
     * @param hours       the length of a run (the Model tab can change it); the Console stops there
     * @param showWindows whether the map and chart windows are shown (not for snapshots)
     */
    public BorderGui(LoadedScenario scenario, GeoData geo, long seed, double hours, boolean showWindows) {
        super(new BorderModel(seed, scenario.config(), WorldBuilder.build(scenario.config(), geo), hours));
        // Before the Console exists: it builds the Model tab's inspector before it calls init().
        InspectorPlugins.disable();
        this.scenario = scenario;
        this.geo = geo;
        this.showWindows = showWindows;
        this.settings = new ModelSettings(new SettingsLink(), hours);
        this.geography = new GeographyLayer(countryNames(geo));
        // Bottom to top; each agent layer: a name, the model's list, a view per agent, a marker, hours to linger.
        layers.add(geography);
        layers.add(new AgentLayer<>("Places", m -> placeViews, p -> p,
                new MarkerPortrayal(v -> ((PlaceView) v).role().marker, 9), 0));
        layers.add(new CivilianLayer());
        layers.add(new AgentLayer<>("Screening points", BorderModel::screeningPoints, ScreeningView::new,
                new MarkerPortrayal(Marker.SQUARE, 10), 0));
        layers.add(new AgentLayer<>("Posts and sensors", BorderModel::fixedSensors, SensorView::new,
                new MarkerPortrayal(v -> ((SensorView) v).manned() ? Marker.SQUARE : Marker.TRIANGLE, 8), 0));
        layers.add(new AgentLayer<>("Patrols", BorderModel::patrols, PatrolView::new,
                new MarkerPortrayal(Marker.DIAMOND, 11), 0));
        layers.add(new AgentLayer<>("Reaction units", BorderModel::units, UnitView::new,
                new MarkerPortrayal(Marker.HEXAGON, 14), 0));
        layers.add(new AgentLayer<>("Militant groups", BorderModel::groups, g -> new GroupView(g, time),
                new MarkerPortrayal(Marker.CIRCLE, 12), LINGER_HOURS));
        layers.add(new AgentLayer<>("Engagements", BorderModel::engagements,
                e -> new EngagementView(e, model().tick(), time), new MarkerPortrayal(Marker.RING, 24), 0));
        layers.add(new OverlayLayer(this::statusLines, () -> sectorMode, frames::incrementAndGet));
    }

    public static String getName() {
        return "Panj";
    }

    public static Object getInfo() {
        return "<html><body><h2>Panj</h2><p>Agent-based simulation of militant crossings of the Afghan-Tajik border "
                + "and the response to them. Open a scenario from the Scenario menu; change the next run's settings "
                + "in the Model tab; double-click an agent on the map to inspect it.</p></body></html>";
    }

    BorderModel model() {
        return (BorderModel) state;
    }

    List<MapLayer> layers() {
        return List.copyOf(layers);
    }

    LoadedScenario scenario() {
        return scenario;
    }

    LiveCharts charts() {
        return charts;
    }

    RunStatus status() {
        return status;
    }

    ModelSettings settings() {
        return settings;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return settings;
    }

    @Override
    public Inspector getInspector() {
        Inspector i = new TickInspector(settings, this, null);
        i.setVolatile(true);
        return i;
    }

    @Override
    public void start() {
        long seed = state.seed();
        ScenarioConfig config = settings.overrides().apply(scenario.config());
        BorderModel model = new BorderModel(seed, config, WorldBuilder.build(config, geo), settings.runLength());
        counts = new RunCounts();
        model.addListener(counts);
        state = model;
        super.start();
        showRun(model);
        scheduleRepeatingImmediatelyAfter(new Refresh());
        if (display != null) {
            display.redrawEvery(model.tick());
            display.reset();
            display.repaint();
        }
        if (controller instanceof Console c) {
            c.setWhenShouldEndTime(settings.runLength());
        }
        retitle();
    }

    /** Lays out the map for a freshly started model and shows its agents at time 0. */
    private void showRun(BorderModel model) {
        World world = model.world();
        MapFrame frame = MapFrame.around(extent(model));
        time = new TimeText(world.clock());
        shading = SectorShading.of(world, model.fixedSensors(), counts, model::alertLevel, sectorMode);
        placeViews = Places.of(world, model.config(), geo, frame);
        layers.forEach(l -> l.reset(frame));
        geography.show(world, shading,
                placeViews.stream().filter(p -> p.label() != null).map(PlaceView::position).toList());
        nextSample = 0;
        charts.clear();
        refresh(model);
    }

    /** What the map must show: the border, the scenario's places, bases and detectors. */
    private List<Point> extent(BorderModel model) {
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

    private void refresh(BorderModel model) {
        double now = Math.max(0, model.schedule.getTime());
        lastRefresh = now;
        for (MapLayer l : layers) {
            l.refresh(model, now);
        }
        status = RunStatus.of(model, counts, time);
        List<LiveCharts.Sample> samples = new ArrayList<>();
        while (nextSample <= now + 1e-9) {
            RunStatus s = status;
            samples.add(new LiveCharts.Sample(nextSample, counts.arrived(), counts.crossed(), counts.detected(),
                    counts.interdicted(), counts.leaked(), s.activeGroups(), s.engagements(), s.unitsOut()));
            nextSample += 1;
        }
        charts.add(samples);
    }

    /**
     * Copies the model into the map once per tick of the model, after the step that reaches it; scheduled
     * before the display's own repaint. Agents move only at ticks: the one-off events between them (reports,
     * civilians reaching a crossing, by the thousand in a mass crossing) change nothing worth redrawing.
     */
    private final class Refresh implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            BorderModel model = (BorderModel) s;
            if (model.schedule.getTime() >= lastRefresh + model.tick() - 1e-9) {
                refresh(model);
            }
        }
    }

    List<String> statusLines() {
        List<String> lines = new ArrayList<>();
        lines.add(title());
        lines.addAll(status.lines());
        return lines;
    }

    /** E.g. "baseline · seed 7". */
    String title() {
        return scenario.name() + " \u00b7 seed " + state.seed();
    }

    private void retitle() {
        String t = title();
        SwingUtilities.invokeLater(() -> {
            if (displayFrame != null) {
                displayFrame.setTitle("Panj map: " + t);
            }
            if (controller instanceof Console c) {
                c.setTitle("Panj: " + t);
            }
        });
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new MapDisplay(DISPLAY_WIDTH, DISPLAY_HEIGHT, this);
        display.setBackdrop(Palette.BACKDROP);
        display.setClipping(false);
        for (MapLayer l : layers) {
            display.attach(l.portrayal(), l.name());
        }
        // Movies need the Java Media Framework, which Panj does not ship: no button that cannot work.
        display.header.remove(display.movieButton);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Panj map: " + title());
        displayFrame.pack();
        displayFrame.setLocation(0, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(showWindows);
        chartFrame = charts.frame("Panj live charts");
        chartFrame.setLocation(0, displayFrame.getHeight() + GUTTER);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(showWindows);
        if (c instanceof Console console) {
            consoleSeed = ConsoleSeed.of(console);
            ScenarioMenu.install(console, new MenuLink(console));
            // The Console beside the map, the charts below it; a window manager may still move them.
            console.setBounds(displayFrame.getWidth() + GUTTER, 0, CONSOLE_WIDTH,
                    displayFrame.getHeight() + GUTTER + chartFrame.getHeight());
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chartFrame != null) {
            chartFrame.dispose();
        }
        displayFrame = null;
        chartFrame = null;
        display = null;
    }

    /** Frames of the map drawn so far, in the window or in pictures. */
    long framesDrawn() {
        return frames.get();
    }

    /** The map as a picture of the snapshot size, brought up to the model's time first. */
    BufferedImage picture() {
        synchronized (state.schedule) {
            refresh(model());
        }
        return MapPicture.render(this, layers, MapPicture.WIDTH, MapPicture.HEIGHT);
    }

    MapDisplay display() {
        return display;
    }

    private static Map<String, String> countryNames(GeoData geo) {
        Map<String, String> names = new HashMap<>();
        for (CountryShape c : geo.countries()) {
            names.put(c.iso3(), c.name().replaceAll("\\s*\\(.*\\)", ""));
        }
        return names;
    }

    private long nextSeed() {
        return consoleSeed != null ? consoleSeed.get() : state.seed();
    }

    /** The Model tab's view of this GUI. */
    private final class SettingsLink implements ModelSettings.Run {
        @Override
        public String scenario() {
            return scenario.name();
        }

        @Override
        public long nextSeed() {
            return BorderGui.this.nextSeed();
        }

        @Override
        public void nextSeed(long seed) {
            if (consoleSeed == null) {
                throw new IllegalStateException("set the seed in the Console tab");
            }
            consoleSeed.set(seed);
        }

        @Override
        public SectorShading.Mode sectorMode() {
            return sectorMode;
        }

        @Override
        public void sectorMode(SectorShading.Mode mode) {
            sectorMode = mode;
            if (shading != null) {
                shading.mode(mode);
            }
            if (display != null) {
                display.repaint();
            }
        }

        @Override
        public RunStatus status() {
            return status;
        }
    }

    /**
     * The Scenario menu's view of this GUI. MASON's Console increments its seed when a run is stopped (its
     * "Increment Seed on Stop" box); the menu's actions stop the run themselves, so they put back the seed
     * they mean: the same one when reopening or restarting, the chosen one for a new seed.
     */
    private final class MenuLink implements ScenarioMenu.Actions {
        private final Console console;

        MenuLink(Console console) {
            this.console = console;
        }

        @Override
        public void open(LoadedScenario loaded) {
            long seed = BorderGui.this.nextSeed();
            console.pressStop();
            scenario = loaded;
            settings.setRunLength(loaded.config().simulation().duration());
            useSeed(seed);
            console.pressPause();
        }

        @Override
        public void restart() {
            restart(BorderGui.this.nextSeed());
        }

        @Override
        public long nextSeed() {
            return BorderGui.this.nextSeed();
        }

        @Override
        public void restart(long seed) {
            console.pressStop();
            useSeed(seed);
            console.pressPlay();
        }

        private void useSeed(long seed) {
            if (consoleSeed != null) {
                consoleSeed.set(seed);
            }
        }
    }
}
