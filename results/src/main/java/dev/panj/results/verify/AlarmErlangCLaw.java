package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.metrics.MetricNames;

import java.util.List;

/**
 * Erlang C for the alarm desk (issue 17): Poisson false alarms at rate λ, c investigating units of exponential
 * rate μ, an unlimited waiting room and unlimited patience: M/M/c. The share of investigated alarms that waited
 * ({@code alarm_waited_share}) is C(c, λ/μ) and their mean wait ({@code mean_alarm_wait_h}) Wq = C/(cμ − λ);
 * both hold for the desk's priority order as for first come first served, since it never looks at the service
 * times. Runs start empty, which lowers both slightly; the case's duration and tolerance say by how much.
 */
final class AlarmErlangCLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("arrivalRate", "serviceRate");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        LawParametersConfig p = context.parameters();
        ErlangC queue = new ErlangC(p.arrivalRate(), p.serviceRate(), p.servers());
        if (!queue.stable()) {
            throw new IllegalArgumentException("the alarm queue has no steady state: λ = "
                    + ProblemList.number(p.arrivalRate()) + " /h is at least cμ = "
                    + ProblemList.number(p.servers() * p.serviceRate()) + " /h");
        }
        return List.of(Expectation.share("P(alarm waits)", queue.probabilityOfWaiting()),
                Expectation.mean("mean alarm wait Wq (h)", queue.meanWait()));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        ProblemList problems = AlarmDeskSetUp.problems(context.config(), context.parameters());
        if (context.config().traffic() != null) {
            problems.require(context.config().traffic().alarmQueue() >= 1_000_000,
                    "traffic.alarmQueue is " + context.config().traffic().alarmQueue()
                            + "; Erlang C's queue is unlimited (1000000)")
                    .require(context.config().traffic().alarmPatience() >= 1e9,
                            "traffic.alarmPatience drops waiting alarms; Erlang C's have unlimited patience (1e9 h)");
        }
        return problems.list();
    }

    @Override
    public Observer observer(CaseContext context) {
        return new MetricObserver(result -> new double[] {
            result.metric(MetricNames.ALARM_WAITED_SHARE), result.metric(MetricNames.MEAN_ALARM_WAIT_H)});
    }
}
