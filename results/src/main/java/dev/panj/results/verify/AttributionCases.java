package dev.panj.results.verify;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.VerificationLaw;
import dev.panj.sim.metrics.MetricNames;
import java.util.List;

/**
 * The built-in checks of {@code panj attribute}: pairs of verification scenarios (in the suite's folder) whose cells
 * all have a known expected value (docs/verification.md, "Attribution").
 */
final class AttributionCases {
    /**
     * One check: its name, the files of its base and target, the law that gives every cell's value, whether its
     * changes act on separate crossers (additive), the changes the model does not read, and its replications (enough
     * for intervals of about 1% of the effects).
     */
    record Definition(String name, String base, String target, VerificationLaw law, boolean additive,
                      List<String> inert, int replications) {
    }

    static final List<Definition> BUILT_IN = List.of(
            new Definition("attribution-additive", "attribution-additive-base", "attribution-additive-target",
                    VerificationLaw.SENSOR_LINE, true, List.of("csto.decisionDelay"), 400),
            new Definition("attribution-interacting", "attribution-interacting-base", "attribution-interacting-target",
                    VerificationLaw.LAYERED_DETECTION, false, List.of(), 200));

    private AttributionCases() {
    }

    static List<String> names() {
        return BUILT_IN.stream().map(Definition::name).toList();
    }

    static AttributionCase load(Definition d) throws ScenarioException {
        LoadedScenario base = parse(d.base());
        LoadedScenario target = parse(d.target());
        return new AttributionCase(d.name(), VerificationSuite.origin(d.base()) + " → "
                + VerificationSuite.origin(d.target()), base, target, d.law(), MetricNames.MILITANTS_DETECTED_AT_BORDER,
                d.replications(), d.additive(), d.inert());
    }

    private static LoadedScenario parse(String file) throws ScenarioException {
        String text = VerificationSuite.resourceText(file + ".yaml")
                .orElseThrow(() -> new IllegalStateException("the built-in verification file " + file + ".yaml is missing"));
        return ScenarioLibrary.parse(text, VerificationSuite.origin(file));
    }
}
