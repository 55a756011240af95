package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.CountryShape;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.Point;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.WorldBuilder;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * The MASON GUI of the border model, for one run or for two compared on the same seed: the map display (two maps
 * side by side, or run B's agents over A's map), the live charts, the Model tab and the Scenario menu. The model
 * knows nothing of this class; each start builds fresh {@link BorderModel}s from the scenarios (with the Model
 * tab's overrides) and the seed the Console hands over, {@link LockstepRuns} advances them on one clock, and
 * after every step the maps' layers copy what they show from the models' agent lists.
 */
public final class BorderGui extends GUIState {
    /** One map's size in the window at zoom 1, in pixels. */
    static final double DISPLAY_WIDTH = 1120;
    static final double DISPLAY_HEIGHT = DISPLAY_WIDTH / MapFrame.ASPECT;
    /** Pixels between the two maps of a comparison. */
    static final double GAP = 16;
    /** Hours an interdicted, leaked or turned-back group stays on the map after the model drops it. */
    static final double LINGER_HOURS = 6;
    static final List<String> LETTERS = List.of("A", "B");
    private static final int STATUS_WIDTH = 480;
    private static final int STATUS_WIDTH_PAIR = 640;
    private static final int GUTTER = 8;
    private static final int CONSOLE_WIDTH = 440;

    private final GeoData geo;
    private final boolean showWindows;
    private final ModelSettings settings;
    private final List<RunMap> maps = new ArrayList<>();
    private final OverlayLayer overlayLayer;
    private final LiveCharts charts;
    private final AtomicLong frames = new AtomicLong();
    private final List<LoadedScenario> scenarios;
    private volatile SectorShading.Mode sectorMode = SectorShading.Mode.TERRAIN;
    private volatile boolean overlay;
    private volatile List<String> divergenceLines = List.of();
    private volatile Point divergenceAt;
    private double nextSample;
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private ConsoleSeed consoleSeed;

    /** One run. */
    public BorderGui(LoadedScenario scenario, GeoData geo, long seed, double hours, boolean showWindows) {
        this(List.of(scenario), geo, seed, hours, showWindows, false);
    }

    /**
     * One run, or two compared on the same seed.
     *
     * @param hours       the length of a run (the Model tab can change it); the Console stops there
     * @param showWindows whether the map and chart windows are shown (not for snapshots)
     * @param overlay     whether a comparison starts with B's agents over A's map rather than beside it
     */
    public BorderGui(List<LoadedScenario> scenarios, GeoData geo, long seed, double hours, boolean showWindows,
                     boolean overlay) {
        super(new LockstepRuns(seed, models(scenarios, geo, seed, hours)));
        if (scenarios.isEmpty() || scenarios.size() > 2) {
            throw new IllegalArgumentException("the GUI shows one or two scenarios, not " + scenarios.size());
        }
        // Before the Console exists: it builds the Model tab's inspector before it calls init().
        InspectorPlugins.disable();
        this.scenarios = new ArrayList<>(scenarios);
        this.geo = geo;
        this.showWindows = showWindows;
        this.overlay = overlay && scenarios.size() == 2;
        this.settings = new ModelSettings(new SettingsLink(), hours);
        Map<String, String> names = countryNames(geo);
        boolean pair = scenarios.size() == 2;
        for (int i = 0; i < scenarios.size(); i++) {
            int run = i;
            maps.add(new RunMap(names, this::covered,
                    () -> pair && !this.overlay ? LETTERS.get(run) + ": " + this.scenarios.get(run).name() : null,
                    () -> run == 1 && this.overlay, () -> divergenceAt, this::detectionScale));
        }
        overlayLayer = new OverlayLayer(this::statusLines, this::legend, pair ? STATUS_WIDTH_PAIR : STATUS_WIDTH,
                frames::incrementAndGet);
        charts = new LiveCharts(pair ? LETTERS : List.of(scenarios.get(0).name()),
                scenarios.stream().anyMatch(sc -> sc.config().traffic() != null));
    }

    private static List<BorderModel> models(List<LoadedScenario> scenarios, GeoData geo, long seed, double hours) {
        List<BorderModel> models = new ArrayList<>();
        for (LoadedScenario s : scenarios) {
            models.add(new BorderModel(seed, s.config(), WorldBuilder.build(s.config(), geo), hours));
        }
        return models;
    }

    public static String getName() {
        return "Panj";
    }

    public static Object getInfo() {
        return "<html><body><h2>Panj</h2><p>Agent-based simulation of militant crossings of the Afghan-Tajik border "
                + "and the response to them. Open a scenario from the Scenario menu; change the next run's settings "
                + "in the Model tab; double-click an agent on the map to inspect it.</p></body></html>";
    }

    LockstepRuns runs() {
        return (LockstepRuns) state;
    }

    /** Run A's model (the only one of a single run). */
    BorderModel model() {
        return runs().runs().get(0);
    }

    List<RunMap> maps() {
        return List.copyOf(maps);
    }

    /** Every layer of every map, and the overlay (tests). */
    List<MapLayer> layers() {
        List<MapLayer> all = new ArrayList<>();
        maps.forEach(m -> all.addAll(m.layers()));
        all.add(overlayLayer);
        return all;
    }

    OverlayLayer overlayLayer() {
        return overlayLayer;
    }

    List<LoadedScenario> scenarios() {
        return List.copyOf(scenarios);
    }

    LiveCharts charts() {
        return charts;
    }

    ModelSettings settings() {
        return settings;
    }

    boolean comparison() {
        return scenarios.size() == 2;
    }

    boolean overlay() {
        return overlay;
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
        List<BorderModel> models = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioConfig config = settings.overrides().apply(scenarios.get(i).config());
            BorderModel model = new BorderModel(seed, config, WorldBuilder.build(config, geo), settings.runLength());
            maps.get(i).prepare(model);
            models.add(model);
        }
        state = new LockstepRuns(seed, models);
        super.start();
        showRuns(models);
        scheduleRepeatingImmediatelyAfter(new Refresh());
        if (display != null) {
            display.reset();
            display.repaint();
        }
        if (controller instanceof Console c) {
            c.setWhenShouldEndTime(settings.runLength());
        }
        retitle();
    }

    /** Lays out the maps of freshly started models, in one frame around both, and shows them at time 0. */
    private void showRuns(List<BorderModel> models) {
        List<Point> extent = new ArrayList<>();
        models.forEach(m -> extent.addAll(RunMap.extent(m)));
        MapFrame frame = MapFrame.around(extent);
        divergenceLines = List.of();
        divergenceAt = null;
        for (int i = 0; i < models.size(); i++) {
            maps.get(i).show(models.get(i), frame, geo, sectorMode);
        }
        overlayLayer.reset(frame);
        nextSample = 0;
        charts.clear();
        refresh();
    }

    private void refresh() {
        LockstepRuns r = runs();
        double now = Math.max(0, r.schedule.getTime());
        for (int i = 0; i < maps.size(); i++) {
            maps.get(i).refresh(r.runs().get(i), now);
        }
        if (comparison()) {
            compare(now);
        }
        List<List<LiveCharts.Sample>> samples = new ArrayList<>();
        maps.forEach(m -> samples.add(new ArrayList<>()));
        while (nextSample <= now + 1e-9) {
            for (int i = 0; i < maps.size(); i++) {
                RunCounts c = maps.get(i).counts();
                RunStatus s = maps.get(i).status();
                samples.get(i).add(new LiveCharts.Sample(nextSample, c.arrived(), c.crossed(), c.detected(),
                        c.interdicted(), c.leaked(), s.activeGroups(), s.engagements(), s.unitsOut(), c.alarms(),
                        c.falseAlarms(), c.alarmsDropped(), c.unitHoursOnFalseAlarms()));
            }
            nextSample += 1;
        }
        charts.add(samples);
    }

    /** Finds where the two runs first diverge, as of {@code now}, for the status box and the maps. */
    private void compare(double now) {
        GroupFates a = maps.get(0).fates();
        GroupFates b = maps.get(1).fates();
        Divergence.State d = Divergence.compare(a, b, now);
        List<IntFunction<String>> sectorIds = new ArrayList<>();
        for (RunMap m : maps) {
            List<BorderSector> sectors = m.shading().sectors();
            sectorIds.add(i -> i < sectors.size() ? sectors.get(i).id() : "sector " + i);
        }
        List<String> lines = new ArrayList<>();
        lines.add(Divergence.describe(d, a, b, sectorIds));
        if (d.first() != null) {
            lines.add(Divergence.fates(d));
        }
        divergenceLines = List.copyOf(lines);
        divergenceAt = d.first() == null ? null : d.first().leading().where();
    }

    /** After every step: the maps, the status and the charts follow the models. */
    private final class Refresh implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            refresh();
        }
    }

    /** The status box's lines: a title in bold, the clock, the figures, and a comparison's divergence. */
    List<String> statusLines() {
        List<String> lines = new ArrayList<>();
        lines.add(title());
        if (!comparison()) {
            lines.addAll(maps.get(0).status().lines());
            return lines;
        }
        lines.add(maps.get(0).status().time());
        for (int i = 0; i < 2; i++) {
            lines.add(maps.get(i).status().line(LETTERS.get(i)));
        }
        lines.addAll(divergenceLines);
        return lines;
    }

    /** The first divergence of a comparison in words, and the count of different fates; empty for one run. */
    List<String> divergence() {
        return divergenceLines;
    }

    /** The legend's entries for what the maps show now. */
    List<Legend.Entry> legend() {
        Legend.Contents contents = maps.get(0).contents();
        if (comparison()) {
            contents = contents.and(maps.get(1).contents());
        }
        SectorShading shading = maps.get(0).shading();
        List<SectorShading.Band> bands = shading == null ? List.of() : shading.legend();
        List<String> names = comparison() ? scenarios.stream().map(LoadedScenario::name).toList() : List.of();
        return Legend.of(contents, sectorMode.heading, bands, names, overlay);
    }

    /** The detection count that takes the top colour: the busiest sector of either run. */
    private int detectionScale() {
        int max = 0;
        for (RunMap m : maps) {
            max = Math.max(max, m.counts().maxDetections());
        }
        return max;
    }

    /** The boxes drawn over a map (overlay and the map's own furniture), that names keep clear of. */
    private List<Rectangle2D> covered(Rectangle2D clip, Rectangle2D draw) {
        List<Rectangle2D> boxes = new ArrayList<>(overlayLayer.layout(clip).covered());
        for (RunMap m : maps) {
            FurnitureLayer.Layout l = m.furniture().layout(draw, clip);
            if (l != null) {
                boxes.addAll(l.covered());
            }
        }
        return boxes;
    }

    /** E.g. "baseline · seed 7", or "barrier-2015-national (A) vs barrier-2015 (B) · seed 3". */
    String title() {
        if (comparison()) {
            return scenarios.get(0).name() + " (A) vs " + scenarios.get(1).name() + " (B) \u00b7 seed "
                    + state.seed();
        }
        return scenarios.get(0).name() + " \u00b7 seed " + state.seed();
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

    /** The display's size at zoom 1: one map, or two side by side. */
    double displayWidth() {
        return comparison() && !overlay ? 2 * DISPLAY_WIDTH + GAP : DISPLAY_WIDTH;
    }

    /**
     * Where every layer goes on the display: one map; or A's map and B's beside it; or, overlaid, A's map with B's
     * agents over it; the status box and legend over everything.
     */
    List<Placement> placements() {
        List<Placement> out = new ArrayList<>();
        Rectangle2D.Double first = new Rectangle2D.Double(0, 0, DISPLAY_WIDTH, DISPLAY_HEIGHT);
        boolean pair = comparison();
        for (MapLayer l : maps.get(0).layers()) {
            out.add(new Placement(l, pair ? "A: " + l.name() : l.name(), first));
        }
        if (pair) {
            RunMap b = maps.get(1);
            if (overlay) {
                for (MapLayer l : b.agentLayers()) {
                    out.add(new Placement(l, "B: " + l.name(), first));
                }
            } else {
                Rectangle2D.Double second = new Rectangle2D.Double(DISPLAY_WIDTH + GAP, 0, DISPLAY_WIDTH,
                        DISPLAY_HEIGHT);
                for (MapLayer l : b.layers()) {
                    out.add(new Placement(l, "B: " + l.name(), second));
                }
            }
        }
        out.add(new Placement(overlayLayer, overlayLayer.name(),
                new Rectangle2D.Double(0, 0, displayWidth(), DISPLAY_HEIGHT)));
        return out;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(displayWidth(), DISPLAY_HEIGHT, this);
        display.setBackdrop(Palette.BACKDROP);
        display.setClipping(false);
        attach();
        // Movies need the Java Media Framework, which Panj does not ship (--frames writes a GIF instead).
        display.header.remove(display.movieButton);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Panj map: " + title());
        displayFrame.pack();
        displayFrame.setLocation(0, 0);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(showWindows);
        chartFrame = charts.frame(comparison() ? "Panj live charts: A, B and B \u2212 A" : "Panj live charts");
        chartFrame.setLocation(0, displayFrame.getHeight() + GUTTER);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(showWindows);
        if (c instanceof Console console) {
            consoleSeed = ConsoleSeed.of(console);
            ScenarioMenu.install(console, new MenuLink(console), comparison());
            // The Console beside the map (at the screen's right edge when two maps fill it), the charts below the
            // map; a window manager may still move them.
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getMaximumWindowBounds();
            int x = Math.min(displayFrame.getWidth() + GUTTER, screen.x + screen.width - CONSOLE_WIDTH);
            console.setBounds(Math.max(screen.x, x), 0, CONSOLE_WIDTH,
                    displayFrame.getHeight() + GUTTER + chartFrame.getHeight());
        }
    }

    private void attach() {
        for (Placement p : placements()) {
            display.attach(p.layer().portrayal(), p.name(), p.bounds());
        }
    }

    /** Switches a comparison between two maps side by side and B's agents over A's map; at once. */
    void overlay(boolean on) {
        if (!comparison() || on == overlay) {
            return;
        }
        overlay = on;
        if (display != null) {
            SwingUtilities.invokeLater(() -> {
                if (display == null) {
                    return;
                }
                display.detatchAll();
                display.insideDisplay.width = displayWidth();
                attach();
                display.setScale(display.getScale());
                if (displayFrame != null) {
                    displayFrame.pack();
                }
                display.repaint();
            });
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

    /** The map (or both maps) as a picture, {@link MapPicture#SCALE} times the display's size. */
    BufferedImage picture() {
        return MapPicture.render(this, placements(), displayWidth(), DISPLAY_HEIGHT);
    }

    Display2D display() {
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
            return comparison() ? scenarios.get(0).name() + " (A) vs " + scenarios.get(1).name() + " (B)"
                    : scenarios.get(0).name();
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
            for (RunMap m : maps) {
                if (m.shading() != null) {
                    m.shading().mode(mode);
                }
            }
            if (display != null) {
                display.repaint();
            }
        }

        @Override
        public List<RunStatus> status() {
            return maps.stream().map(RunMap::status).toList();
        }

        @Override
        public boolean overlay() {
            return overlay;
        }

        @Override
        public void overlay(boolean on) {
            BorderGui.this.overlay(on);
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
        public void open(int run, LoadedScenario loaded) {
            long seed = BorderGui.this.nextSeed();
            console.pressStop();
            scenarios.set(run, loaded);
            settings.setRunLength(scenarios.stream().mapToDouble(s -> s.config().simulation().duration()).max()
                    .orElseThrow());
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
