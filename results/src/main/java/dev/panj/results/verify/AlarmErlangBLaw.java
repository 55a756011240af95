package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.metrics.MetricNames;

import java.util.List;

/**
 * Erlang B for the alarm desk (issue 17): Poisson false alarms at rate λ, c investigating units of exponential
 * rate μ, no waiting room: an M/M/c/c loss system, whose share of dropped alarms is B(c, λ/μ). The model's own
 * {@code alarm_dropped_share} is compared.
 */
final class AlarmErlangBLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("arrivalRate", "serviceRate");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        return List.of(Expectation.share("P(alarm dropped)",
                new ErlangC(p.arrivalRate(), p.serviceRate(), p.servers()).lossProbability()));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ProblemList problems = AlarmDeskSetUp.problems(context.config(), context.parameters());
        if (context.config().traffic() != null) {
            problems.require(context.config().traffic().alarmQueue() == 0,
                    "traffic.alarmQueue is " + context.config().traffic().alarmQueue() + "; Erlang B has no waiting room (0)");
        }
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return new MetricObserver(result -> new double[] {result.metric(MetricNames.ALARM_DROPPED_SHARE)});
    }
}
