package dev.panj.results.verify;

import dev.panj.sim.metrics.MetricNames;
import java.util.List;

/**
 * Little's law L = λW for the screening queues (analytic-limits.md 3 and 4), whatever the distributions: the
 * model's time-average number in the system ({@code screening_mean_in_system}) against its arrival rate
 * (arrivals / hours) times its mean time in the system ({@code screening_mean_sojourn_h}). The identity holds on
 * every run up to the people still present at the end; the arrival rate itself is checked against the law's λ.
 */
final class LittleLaw implements Law {
    @Override
    public List<String> required() {
        return List.of("arrivalRate");
    }

    @Override
    public List<Expectation> expectations(CaseContext context) {
        return List.of(Expectation.mean("L / (λ·W)", 1), Expectation.mean("arrival rate λ (/h)",
                context.parameters().arrivalRate()));
    }

    @Override
    public List<String> mismatches(CaseContext context) {
        return QueueSetUp.problems(context.config(), context.parameters().arrivalRate()).list();
    }

    @Override
    public Observer observer(CaseContext context) {
        double hours = context.hours();
        return new MetricObserver(result -> {
            double rate = result.metric(MetricNames.SCREENING_ARRIVALS) / hours;
            double l = result.metric(MetricNames.SCREENING_MEAN_IN_SYSTEM);
            double w = result.metric(MetricNames.SCREENING_MEAN_SOJOURN_H);
            return new double[] {l / (rate * w), rate};
        });
    }
}
