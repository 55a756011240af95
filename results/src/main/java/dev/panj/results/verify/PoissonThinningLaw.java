package dev.panj.results.verify;

import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;
import java.util.List;

/**
 * Poisson thinning (analytic-limits.md 4): Poisson arrivals at rate λ, each detected independently with
 * probability P, leave a Poisson stream of undetected arrivals of rate λ(1 − P). Over a window t the undetected
 * count has mean λ(1 − P)t and is 0 with probability exp(−λ(1 − P)t). P is the fixed sensors' (a single
 * {@code probability}, or independent layers' {@code probabilities}).
 */
final class PoissonThinningLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("arrivalRate", "time");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        double mean = PoissonCount.undetectedMean(p.arrivalRate(), detection(p), p.time());
        return List.of(Expectation.mean("undetected arrivals", mean),
                Expectation.share("P(no undetected arrival)", PoissonCount.probability(0, mean)));
    }

    /** P from {@code probabilities} (layers) when given, else {@code probability}. */
    static double detection(LawParametersConfig p) {
        if (!p.probabilities().isEmpty()) {
            return SensorCoverage.layers(p.probabilities());
        }
        if (Double.isNaN(p.probability())) {
            throw new IllegalArgumentException("poisson-thinning needs probability or probabilities");
        }
        return p.probability();
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        Crossers crossers = Crossers.of(c);
        ProblemList problems = new ProblemList();
        double[] range = crossers.uniformRange(problems);
        boolean waves = c.timeline().stream().map(TimelineEventConfig::wave).anyMatch(w -> w != null);
        problems.require(c.arrivals().size() == 1 && !waves,
                "the crossers must come from exactly one Poisson arrival stream (arrivals), without waves");
        if (c.arrivals().size() == 1) {
            ArrivalConfig a = c.arrivals().get(0);
            problems.same("the arrival rate", a.rate(), "arrivalRate", p.arrivalRate(), " /h")
                    .same("the arrivals' start (from)", a.from(), "window start", 0, " h")
                    .same("the arrivals' end (until)", a.until(), "time", p.time(), " h");
        }
        SensorLayout layout = SensorLayout.of(c, context.world());
        problems.require(!layout.isEmpty() && c.patrols().isEmpty(),
                "the detectors must be fixed sensors (sensor lines or posts), without patrols");
        if (range != null && !layout.isEmpty()) {
            try {
                problems.same("the detection probability of the sensors as placed, for crossers on ["
                        + ProblemList.number(range[0]) + ", " + ProblemList.number(range[1]) + "] km,", layout.detection(range[0], range[1]),
                        "P", detection(p), "");
            } catch (IllegalArgumentException e) {
                problems.require(false, e.getMessage());
            }
        }
        return problems.addAll(DetectionSetUp.problems(context, crossers, range, layout.reachLow(),
                layout.reachHigh(), false)).list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return DetectionObserver.undetectedCount(context);
    }
}
