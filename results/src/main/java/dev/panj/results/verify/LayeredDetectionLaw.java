package dev.panj.results.verify;

import dev.panj.sim.config.ScenarioConfig;
import java.util.List;

/**
 * Independent layered detection (analytic-limits.md 4): k layers detecting with probabilities pᵢ catch
 * 1 − Π(1 − pᵢ) of the crossers. Layers are fixed sensors (lines or posts) that together cover every crossing
 * point once per layer; the suite checks that the sensors as placed give exactly the law's value.
 */
final class LayeredDetectionLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("probabilities");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        return List.of(Expectation.share("P(detected)", SensorCoverage.layers(context.parameters().probabilities())));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        Crossers crossers = Crossers.of(c);
        ProblemList problems = new ProblemList();
        double[] range = crossers.uniformRange(problems);
        SensorLayout layout = SensorLayout.of(c, context.world());
        problems.require(!layout.isEmpty() && c.patrols().isEmpty(),
                "the layers must be fixed sensors (sensor lines or posts), without patrols");
        if (range != null && !layout.isEmpty()) {
            problems.same("the detection probability of the sensors as placed, for crossers on ["
                    + ProblemList.number(range[0]) + ", " + ProblemList.number(range[1]) + "] km,", layout.detection(range[0], range[1]),
                    "1 − Π(1 − pᵢ)", SensorCoverage.layers(context.parameters().probabilities()), "");
        }
        return problems.addAll(DetectionSetUp.problems(context, crossers, range, layout.reachLow(),
                layout.reachHigh(), false)).list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return DetectionObserver.share(context);
    }
}
