package dev.panj.results.verify;

import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementOutcome;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Each group's first engagement, which must start at the law's strengths (A0, B0). A replication's value of a
 * quantity is its mean over those engagements. Later engagements of the same group (a survivor met by the unit
 * again) start from other strengths and are left out.
 */
final class EngagementObserver implements Observer {
    /** One fight, from contact to its end. */
    record Fight(EngagementStarted start, EngagementEnded end) {
        double duration() {
            return end.time() - start.time();
        }
    }

    private final double security;
    private final double militants;
    private final Function<Fight, double[]> measure;
    private final int quantities;
    private final Map<Long, EngagementStarted> started = new HashMap<>();
    private final Map<Long, Fight> fights = new LinkedHashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();

    EngagementObserver(double security, double militants, int quantities, Function<Fight, double[]> measure) {
        this.security = security;
        this.militants = militants;
        this.quantities = quantities;
        this.measure = measure;
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof EngagementStarted e && !fights.containsKey(e.group())) {
            started.putIfAbsent(e.group(), e);
        } else if (event instanceof EngagementEnded e && started.containsKey(e.group()) && !fights.containsKey(e.group())) {
            fights.put(e.group(), new Fight(started.get(e.group()), e));
        }
    }

    @Override
    public double[] values(RunResult result) {
        double[] sums = new double[quantities];
        int counted = 0;
        for (Fight fight : fights.values()) {
            if (fight.start().security() != security || fight.start().militants() != militants) {
                problems.add("an engagement started at " + ProblemList.number(fight.start().security()) + " against "
                        + ProblemList.number(fight.start().militants()) + ", not at the law's "
                        + ProblemList.number(security) + " against " + ProblemList.number(militants));
                continue;
            }
            if (fight.end().outcome() == EngagementOutcome.UNRESOLVED) {
                problems.add("an engagement reached engagement.maxDuration unresolved; raise it");
            }
            double[] values = measure.apply(fight);
            for (int q = 0; q < quantities; q++) {
                sums[q] += values[q];
            }
            counted++;
        }
        if (counted == 0) {
            problems.add("no engagement at the law's strengths took place in the run");
        }
        for (int q = 0; q < quantities; q++) {
            sums[q] = counted == 0 ? Double.NaN : sums[q] / counted;
        }
        return sums;
    }

    @Override
    public List<String> problems() {
        return new ArrayList<>(problems);
    }
}
