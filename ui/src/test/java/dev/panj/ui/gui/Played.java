package dev.panj.ui.gui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The GUI state played without a Console (no display needed), as the snapshot command plays it. */
final class Played {
    private Played() {
    }

    /** The small all-kinds test scenario, as a file path argument. */
    static String guiStraight() {
        try {
            return Path.of(Played.class.getResource("gui-straight.yaml").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BorderGui gui(String scenario, long seed, double hours) throws ScenarioException {
        LoadedScenario loaded = ScenarioLibrary.load(scenario);
        BorderGui gui = new BorderGui(loaded, ScenarioLibrary.geoData(), seed, hours, false);
        gui.start();
        while (gui.state.schedule.getTime() < hours - 1e-9 && gui.step()) {
            // play on
        }
        return gui;
    }
}
