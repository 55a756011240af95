package dev.panj.ui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;

/** A SCENARIO argument: the name of a built-in scenario or the path of a scenario file. */
final class ScenarioArgument {
    private ScenarioArgument() {
    }

    /** Loads and validates the scenario; every problem found is reported to the user together. */
    static LoadedScenario load(String nameOrPath) throws UserError {
        try {
            return ScenarioLibrary.load(nameOrPath);
        } catch (ScenarioException e) {
            throw UserError.scenario(nameOrPath, e);
        }
    }
}
