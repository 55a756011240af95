package dev.panj.ui;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ResolvedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;

/** A SCENARIO argument: the name of a built-in scenario or the path of a scenario file. */
final class ScenarioArgument {
    private ScenarioArgument() {
    }

    /** Checks a scenario to show or compare, abstract ones included; every problem is reported together. */
    static ResolvedScenario resolve(String nameOrPath) throws UserError {
        try {
            return ScenarioLibrary.resolve(nameOrPath);
        } catch (ScenarioException e) {
            throw UserError.scenario(nameOrPath, e);
        }
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
