package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The GUI state played without a Console (no display needed), as the snapshot command plays it. */
final class Played {
    private Played() {
    }

    /** The small all-kinds test scenario, as a file path argument. */
    static String guiStraight() {
        return resource("gui-straight.yaml");
    }

    /** A test resource of this package, as a file path argument. */
    static String resource(String name) {
        try {
            return Path.of(Played.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BorderGui gui(String scenario, long seed, double hours) throws ScenarioException {
        return gui(List.of(scenario), seed, hours, false);
    }

    /** One scenario, or two compared, played for {@code hours}. */
    static BorderGui gui(List<String> scenarios, long seed, double hours, boolean overlay) throws ScenarioException {
        BorderGui gui = started(scenarios, seed, hours, overlay);
        play(gui, hours);
        return gui;
    }

    /** One scenario, or two compared, started for a run of {@code hours} and not played. */
    static BorderGui started(List<String> scenarios, long seed, double hours, boolean overlay)
            throws ScenarioException {
        List<LoadedScenario> loaded = new ArrayList<>();
        for (String s : scenarios) {
            loaded.add(ScenarioLibrary.load(s));
        }
        BorderGui gui = new BorderGui(loaded, ScenarioLibrary.geoData(), seed, hours, false, overlay);
        gui.start();
        return gui;
    }

    /** Plays on to {@code hours}. */
    static void play(BorderGui gui, double hours) {
        while (gui.state.schedule.getTime() < hours - 1e-9 && gui.step()) {
            // play on
        }
    }
}
