package dev.panj.results.verify;

import dev.panj.results.attribute.Attribution;
import dev.panj.results.attribute.AttributionDesign;
import dev.panj.results.attribute.AttributionException;
import dev.panj.results.attribute.AttributionOutcome;
import dev.panj.results.attribute.AttributionPlan;
import dev.panj.results.attribute.AttributionSpec;
import dev.panj.results.attribute.Cell;
import dev.panj.results.attribute.Change;
import dev.panj.results.attribute.Estimate;
import dev.panj.results.attribute.FactorialEffects;
import dev.panj.results.attribute.MetricAttribution;
import dev.panj.results.attribute.ShapleyValues;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.results.stats.StudentT;
import dev.panj.scenarios.ChangeSet;
import dev.panj.scenarios.ScenarioChanges;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.WaveConfig;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs an {@link AttributionCase}: the attribution as {@code panj attribute} does it (changes found and grouped by
 * item, every cell built and checked, replication i of every cell on the same seed), against the effects known from
 * each cell's expected value, N · P(detected) with N the groups of one that cross and P the exact detection share of
 * the cell's sensors as placed (the computation the detection laws check their set-up with). Quantities: every effect
 * of the factorial and every Shapley value against its known value, with the suite's confidence level; the number of
 * effects that must be 0 in every replication and are not; and how far the Shapley values' sum is from the
 * difference, relative to the size of the values, in the metric that is furthest (machine precision).
 */
final class AttributionCheck {
    private AttributionCheck() {
    }

    static CaseResult run(AttributionCase c, VerificationSettings settings) throws InterruptedException {
        int n = settings.replications() > 0 ? settings.replications() : c.replications();
        double hours = c.base().config().simulation().duration();
        List<String> problems = new ArrayList<>();
        AttributionPlan plan;
        try {
            ChangeSet set = ScenarioChanges.between(c.base(), c.target());
            plan = AttributionPlan.build(set, set.group(List.of()), AttributionDesign.DEFAULT_PERMUTATIONS,
                    settings.seed());
        } catch (ScenarioException | AttributionException e) {
            return failed(c, n, hours, "the attribution cannot be planned: " + e.getMessage());
        }
        if (plan.design().kind() != AttributionDesign.Kind.FACTORIAL) {
            return failed(c, n, hours, "the check needs a factorial: at most " + AttributionDesign.MAX_FACTORIAL
                    + " changes, found " + plan.changes().size());
        }
        plan.merges().forEach(m -> problems.add("changes were merged: " + m));
        double[] expected = new double[plan.cells().size()];
        Set<String> setUp = new LinkedHashSet<>();
        for (Cell cell : plan.cells()) {
            expected[cell.index()] = expectedDetected(cell.scenario().config(), hours, setUp);
        }
        problems.addAll(setUp);
        AttributionSpec spec = new AttributionSpec(plan, List.of(), settings.seed(), hours, n,
                AttributionDesign.DEFAULT_PERMUTATIONS, List.of(c.metric()), "panj verify " + c.name());
        AttributionOutcome outcome = new Attribution(spec, cell -> new LocalExecutor(settings.threads(),
                new ScenarioRunner(cell.scenario().config(), ScenarioLibrary.geoData(), hours)), settings.threads(),
                new StopSignal(), BatchProgress.NONE).run();
        if (!outcome.failures().isEmpty()) {
            problems.add(outcome.failures().size() + " runs failed; the first: cell " + outcome.failures().get(0).cell()
                    + ", replication " + outcome.failures().get(0).replication() + ": " + outcome.failures().get(0).error()
                    + " " + outcome.failures().get(0).message());
        }
        MetricAttribution crossed = outcome.metric(MetricNames.MILITANTS_CROSSED);
        double groups = crossers(c.base().config());
        if (!crossed.unchanged() || crossed.baseMean() != groups) {
            problems.add("not every group crossed in every cell and replication (" + ProblemList.number(crossed.baseMean())
                    + " on average in the base, " + ProblemList.number(groups) + " sent): the expected values assume all");
        }
        return new CaseResult(c.name(), c.origin(), c.law(), n, 0, hours,
                quantities(c, plan, expected, outcome, settings.confidence()), problems);
    }

    private static List<QuantityResult> quantities(AttributionCase c, AttributionPlan plan, double[] expected,
                                                   AttributionOutcome outcome, double level) {
        List<Change> changes = plan.changes();
        int k = changes.size();
        double[] known = FactorialEffects.fromBase(expected);
        double[] shapley = ShapleyValues.exact(known, k);
        MetricAttribution m = outcome.metric(c.metric());
        List<QuantityResult> out = new ArrayList<>();
        int mustBeZero = 0;
        int notZero = 0;
        for (MetricAttribution.Term term : m.terms()) {
            out.add(quantity("effect " + names(term.mask(), changes), known[(int) term.mask()], term.fromBase(), level));
            if (zeroInEveryReplication(c, term.mask(), changes)) {
                mustBeZero++;
                notZero += term.fromBase().identical() ? 0 : 1;
            }
        }
        for (int i = 0; i < k; i++) {
            out.add(quantity("Shapley " + changes.get(i).name(), shapley[i], m.shapley().get(i), level));
        }
        if (mustBeZero > 0) {
            out.add(exact("of the " + mustBeZero + " effects 0 in every replication, those that are not", 0, notZero,
                    m.replications()));
        }
        double worst = 0;
        for (MetricAttribution any : outcome.metrics()) {
            if (any.replications() > 0) {
                double scale = 1 + Math.abs(any.total().mean())
                        + any.shapley().stream().mapToDouble(e -> Math.abs(e.mean())).sum();
                worst = Math.max(worst, Math.abs(any.residual()) / scale);
            }
        }
        out.add(exact("|Shapley sum − difference| / size, worst metric", 0, worst, m.replications()));
        return out;
    }

    /** Whether the case declares the effect of these changes 0 in every replication. */
    private static boolean zeroInEveryReplication(AttributionCase c, long mask, List<Change> changes) {
        if (c.additive() && Long.bitCount(mask) >= 2) {
            return true;
        }
        for (int i : AttributionDesign.members(mask)) {
            if (c.inert().contains(changes.get(i).name())) {
                return true;
            }
        }
        return false;
    }

    private static QuantityResult quantity(String name, double analytic, Estimate e, double level) {
        ConfidenceInterval interval;
        if (e.identical()) {
            interval = new ConfidenceInterval(0, 0);
        } else if (e.n() < 2) {
            interval = ConfidenceInterval.NONE;
        } else {
            double half = StudentT.quantile((1 + level) / 2, e.n() - 1) * e.sd() / Math.sqrt(e.n());
            interval = new ConfidenceInterval(e.mean() - half, e.mean() + half);
        }
        return new QuantityResult(name, analytic, e.mean(), interval, 0, e.n());
    }

    /** A quantity computed, not estimated: its value is its own interval. */
    private static QuantityResult exact(String name, double analytic, double value, int replications) {
        return new QuantityResult(name, analytic, value, new ConfidenceInterval(value, value), 0, replications);
    }

    /**
     * The expected militants detected at the border in a cell: the groups that cross times the exact detection share
     * of its sensors as placed; what in the cell breaks the law's set-up goes to {@code problems}.
     */
    private static double expectedDetected(ScenarioConfig config, double hours, Set<String> problems) {
        World world = WorldBuilder.build(config, ScenarioLibrary.geoData());
        Crossers crossers = Crossers.of(config);
        ProblemList found = new ProblemList();
        double[] range = crossers.uniformRange(found);
        SensorLayout layout = SensorLayout.of(config, world);
        found.require(!layout.isEmpty() && config.patrols().isEmpty(),
                "the detectors must be fixed sensors (sensor lines or posts), without patrols");
        found.require(config.arrivals().isEmpty(), "the groups must come in timeline waves, a known number of them");
        for (TimelineEventConfig event : config.timeline()) {
            WaveConfig wave = event.wave();
            if (wave != null) {
                found.require(wave.group().sizeMin() == 1 && wave.group().sizeMax() == 1,
                        "the groups must be of one militant each, so that militants count groups");
            }
        }
        if (range != null) {
            found.addAll(DetectionSetUp.problems(new CaseContext(config, world, null, hours), crossers, range,
                    layout.reachLow(), layout.reachHigh(), false));
        }
        problems.addAll(found.list());
        return range == null || layout.isEmpty() ? Double.NaN : crossers(config) * layout.detection(range[0], range[1]);
    }

    /** The groups the timeline's waves send. */
    private static double crossers(ScenarioConfig config) {
        return config.timeline().stream().map(TimelineEventConfig::wave).filter(w -> w != null)
                .mapToDouble(WaveConfig::groups).sum();
    }

    private static String names(long mask, List<Change> changes) {
        return String.join(" × ", AttributionDesign.members(mask).stream().map(i -> changes.get(i).name()).toList());
    }

    private static CaseResult failed(AttributionCase c, int n, double hours, String problem) {
        return new CaseResult(c.name(), c.origin(), c.law(), n, 0, hours, List.of(), List.of(problem));
    }
}
