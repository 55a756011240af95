package dev.panj.results.verify;

import dev.panj.sim.config.CivilianFlowConfig;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.metrics.MetricNames;
import java.util.List;

/**
 * Erlang C for a screening queue (analytic-limits.md 3): one crossing with c officers of rate μ and Poisson
 * arrivals of single people at rate λ. The model's own metrics are compared: the share of people who waited
 * ({@code screening_waited_share}) with C(c, λ/μ), and the mean wait ({@code mean_screening_wait_h}) with
 * Wq = C/(cμ − λ). The runs start empty, so they slightly underestimate the steady state; the case's
 * duration and tolerance say by how much.
 */
final class ErlangCLaw implements Law {
    /** The queue limit at which people divert must be out of reach: P(queue ≥ limit) = C·ρ^limit below this. */
    private static final double UNREACHABLE = 1e-9;

    @Override
    public List<String> required() {
        return List.of("arrivalRate", "serviceRate");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        ErlangC queue = queue(context.parameters());
        return List.of(Expectation.share("P(wait)", queue.probabilityOfWaiting()),
                Expectation.mean("mean wait Wq (h)", queue.meanWait()));
    }

    private static ErlangC queue(LawParametersConfig p) {
        ErlangC queue = new ErlangC(p.arrivalRate(), p.serviceRate(), p.servers());
        if (!queue.stable()) {
            throw new IllegalArgumentException("the queue has no steady state: λ = " + ProblemList.number(p.arrivalRate())
                    + " /h is at least cμ = " + ProblemList.number(p.servers() * p.serviceRate()) + " /h");
        }
        return queue;
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        ProblemList problems = QueueSetUp.problems(c, p.arrivalRate());
        problems.require(c.civilians().crossings().size() <= 1, "the scenario must have exactly one official crossing");
        if (c.civilians().crossings().size() == 1) {
            OfficialCrossingConfig crossing = c.civilians().crossings().get(0);
            String name = "crossing '" + crossing.id() + "'";
            problems.same("the number of officers at " + name, crossing.officers(), "servers", p.servers(), "")
                    .same("the serviceRate at " + name, crossing.serviceRate(), "serviceRate", p.serviceRate(), " /h")
                    .require(crossing.open(), name + " is closed");
            ErlangC queue = new ErlangC(p.arrivalRate(), p.serviceRate(), p.servers());
            if (queue.stable()) {
                double reach = queue.probabilityOfWaiting() * Math.pow(queue.utilisation(), crossing.divertQueue());
                problems.require(reach < UNREACHABLE, "the divertQueue of " + name + " (" + crossing.divertQueue()
                        + ") is within reach: people would divert, but Erlang C has an unlimited queue");
            }
        }
        for (CivilianFlowConfig flow : c.civilians().flows()) {
            problems.require(flow.groupSize() == 1, "flow to '" + flow.crossing() + "' arrives in families of "
                    + flow.groupSize() + "; Erlang C needs single Poisson arrivals (groupSize: 1)");
        }
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return new MetricObserver(result -> new double[] {
            result.metric(MetricNames.SCREENING_WAITED_SHARE), result.metric(MetricNames.MEAN_SCREENING_WAIT_H)});
    }
}
