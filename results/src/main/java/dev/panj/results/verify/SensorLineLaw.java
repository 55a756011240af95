package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorLineConfig;
import java.util.List;

/**
 * A stationary sensor line with gaps (analytic-limits.md 1.4a): sensors every S km of range R, detecting a
 * pass with probability g, catch a share g·2R/S of perpendicular crossers, or the overlap average when 2R > S.
 */
final class SensorLineLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("range", "spacing");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        return List.of(Expectation.share("P(detected)",
                SensorCoverage.line(p.range(), p.spacing(), LawParameters.probabilityOrOne(p))));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        Crossers crossers = Crossers.of(c);
        ProblemList problems = new ProblemList();
        double[] range = crossers.uniformRange(problems);
        problems.require(c.sensorLines().size() == 1 && c.posts().isEmpty() && c.patrols().isEmpty(),
                "the scenario must have exactly one sensor line and no posts or patrols");
        if (c.sensorLines().size() == 1) {
            SensorLineConfig line = c.sensorLines().get(0);
            String name = "sensor line '" + line.id() + "'";
            problems.same("the range of " + name, line.sensor().range(), "range", p.range(), " km")
                    .same("the spacing of " + name, line.spacing(), "spacing", p.spacing(), " km")
                    .same("the probability of " + name, line.sensor().probability(), "probability",
                            LawParameters.probabilityOrOne(p), "");
            boolean sameLine = ProblemList.equal(line.sensor().range(), p.range())
                    && ProblemList.equal(line.spacing(), p.spacing())
                    && ProblemList.equal(line.sensor().probability(), LawParameters.probabilityOrOne(p));
            if (range != null) {
                problems.require(range[0] >= line.from() - 1e-9 && range[1] <= line.to() + 1e-9,
                        "crossers cross on [" + ProblemList.number(range[0]) + ", " + ProblemList.number(range[1])
                                + "] km, beyond " + name + " (" + ProblemList.number(line.from()) + " to "
                                + ProblemList.number(line.to()) + " km)");
                if (sameLine) {
                    coverage(context, range, problems);
                }
            }
        }
        SensorLayout layout = SensorLayout.of(c, context.world());
        return problems.addAll(DetectionSetUp.problems(context, crossers, range, layout.reachLow(),
                layout.reachHigh(), false)).list();
    }

    /** The line as placed, over the crossers' range, must give the law's value: no partial period at the ends. */
    private static void coverage(CaseContext context, double[] range, ProblemList problems) {
        LawParametersConfig p = context.parameters();
        double placed = SensorLayout.of(context.config(), context.world()).detection(range[0], range[1]);
        double law = SensorCoverage.line(p.range(), p.spacing(), LawParameters.probabilityOrOne(p));
        problems.require(Math.abs(placed - law) < 1e-9, "over the crossing range [" + ProblemList.number(range[0])
                + ", " + ProblemList.number(range[1]) + "] km the sensors as placed detect with P = "
                + ProblemList.number(placed) + ", not the law's " + ProblemList.number(law)
                + ": make the range a whole number of spacings aligned with the line");
    }

    @Override
    public Observer observer(CaseContext context) {
        return DetectionObserver.share(context);
    }
}
