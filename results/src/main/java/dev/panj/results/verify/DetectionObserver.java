package dev.panj.results.verify;

import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which crossers the border's detectors (sensors, posts and patrols; not inland sightings or screening) saw.
 * A crosser counts once it has walked exitDistance beyond the river before the run ended: by then it has passed
 * every detector of a verification set-up, so whether it was seen is settled.
 */
final class DetectionObserver implements Observer {
    /** What a replication reports. */
    enum Measure {
        /** The share of passed crossers that were detected. */
        SHARE,
        /** The number of arrivals that went undetected, and whether that number is 0 (every arrival must pass). */
        UNDETECTED_COUNT
    }

    private final Measure measure;
    private final double passTime;
    private final double horizon;
    private final Set<Long> arrived = new LinkedHashSet<>();
    private final Set<Long> detected = new HashSet<>();
    private final Map<Long, Double> crossedAt = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** {@code passTime}: hours from finishing the crossing to leaving the detectors' reach (exitDistance / speed). */
    DetectionObserver(Measure measure, double passTime, double horizon) {
        this.measure = measure;
        this.passTime = passTime;
        this.horizon = horizon;
    }

    /** The share of crossers detected, counting those that had walked exitDistance past the river by the end. */
    static DetectionObserver share(CaseContext context) {
        return new DetectionObserver(Measure.SHARE, passTime(context), context.hours());
    }

    /** The undetected arrivals of a run, all of which must have passed the detectors by the end. */
    static DetectionObserver undetectedCount(CaseContext context) {
        return new DetectionObserver(Measure.UNDETECTED_COUNT, passTime(context), context.hours());
    }

    /** Hours from the river to exitDistance beyond it for the slowest crosser. */
    private static double passTime(CaseContext context) {
        double slowest = Crossers.of(context.config()).slowest();
        return Double.isNaN(slowest) ? 0 : context.config().militants().exitDistance() / slowest;
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof GroupArrived e) {
            arrived.add(e.group());
        } else if (event instanceof GroupCrossed e && e.crossing() == 0) {
            crossedAt.put(e.group(), e.time());
        } else if (event instanceof GroupDetected e && !e.bribed() && e.kind() != DetectorKind.INLAND
                && !e.detector().startsWith("screening:")) {
            detected.add(e.group());
        }
    }

    @Override
    public double[] values(RunResult result) {
        List<Long> passed = new ArrayList<>();
        for (Map.Entry<Long, Double> crossing : crossedAt.entrySet()) {
            if (crossing.getValue() + passTime <= horizon + 1e-9) {
                passed.add(crossing.getKey());
            }
        }
        long seen = passed.stream().filter(detected::contains).count();
        if (measure == Measure.SHARE) {
            if (passed.isEmpty()) {
                problems.add("no crosser had passed the detectors when the run ended");
                return new double[] {Double.NaN};
            }
            return new double[] {(double) seen / passed.size()};
        }
        int pending = arrived.size() - passed.size();
        if (pending > 0) {
            problems.add(pending + " arriving group(s) had not passed the detectors when the run ended; "
                    + "lengthen simulation.duration");
        }
        long undetected = arrived.stream().filter(g -> !detected.contains(g)).count();
        return new double[] {undetected, undetected == 0 ? 1 : 0};
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
