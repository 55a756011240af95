package dev.panj.results.sweep;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.Problem;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.scenarios.ScenarioOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns each row of a design into a scenario, by writing the factors' values into the base scenario through
 * {@link ScenarioLibrary#withOverrides}. Each point is checked as a file would be; a combination of values that
 * is not a valid scenario (each value may be fine on its own) stops the sweep before anything runs.
 */
public final class SweepPoints {

    private SweepPoints() {
    }

    public static List<SweepPoint> build(LoadedScenario base, Design design) throws SweepException {
        // Points are independent, so they are built in parallel; the list is in design order all the same.
        List<Object> built = IntStream.range(0, design.size()).parallel().mapToObj(p -> point(base, design, p))
                .collect(Collectors.toList());
        List<SweepPoint> points = new ArrayList<>(built.size());
        for (Object item : built) {
            if (item instanceof SweepException e) {
                throw e;
            }
            points.add((SweepPoint) item);
        }
        return List.copyOf(points);
    }

    /** The point, or the exception that says why it is not a valid scenario. */
    private static Object point(LoadedScenario base, Design design, int p) {
        List<FactorValue> values = design.values(p);
        List<ScenarioOverride> overrides = new ArrayList<>();
        for (int f = 0; f < values.size(); f++) {
            overrides.add(new ScenarioOverride(design.factors().get(f).name(), values.get(f).text()));
        }
        try {
            LoadedScenario scenario = ScenarioLibrary.withOverrides(base, overrides);
            return new SweepPoint(p, design.blocks().get(p), values, scenario);
        } catch (ScenarioException e) {
            String at = overrides.stream().map(o -> o.path() + "=" + o.value()).collect(Collectors.joining(", "));
            String problems = e.problems().stream().map(SweepPoints::describe).collect(Collectors.joining("; "));
            return new SweepException("design point " + p + " (" + at + ") is not a valid scenario: " + problems);
        }
    }

    private static String describe(Problem problem) {
        return problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message();
    }
}
