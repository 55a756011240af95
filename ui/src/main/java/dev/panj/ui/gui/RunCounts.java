package dev.panj.ui.gui;

import dev.panj.sim.event.AlarmDropped;
import dev.panj.sim.event.AlarmInvestigated;
import dev.panj.sim.event.AlarmRaised;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.event.ModelEvent;
import java.util.Arrays;

/**
 * Running totals of one run for the map's status lines and the live charts, counted from the model's
 * events like every other observer of the model. Militants are counted by group size at arrival, as in
 * the run's metrics. Written on the model's thread; read there or while the map is drawn, which
 * MASON does holding the schedule's lock.
 */
final class RunCounts implements EventListener {
    private long arrived;
    private long crossed;
    private long detected;
    private long interdicted;
    private long leaked;
    private long turnedBack;
    private long engagements;
    private long detections;
    private long alarms;
    private long falseAlarms;
    private long alarmsDropped;
    private double unitHoursOnFalseAlarms;
    private int[] detectionsBySector = new int[0];

    @Override
    public void on(ModelEvent event) {
        if (event instanceof GroupArrived e) {
            arrived += e.size();
        } else if (event instanceof GroupCrossed e) {
            crossed += e.size();
        } else if (event instanceof GroupDetected e) {
            if (!e.bribed()) {
                countDetection(e.sector());
                if (e.first()) {
                    detected += e.size();
                }
            }
        } else if (event instanceof GroupInterdicted e) {
            interdicted += e.size();
        } else if (event instanceof GroupLeaked e) {
            leaked += e.size();
        } else if (event instanceof GroupTurnedBack e) {
            turnedBack += e.size();
        } else if (event instanceof EngagementStarted) {
            engagements++;
        } else if (event instanceof AlarmRaised e) {
            alarms++;
            falseAlarms += e.civilians() ? 1 : 0;
        } else if (event instanceof AlarmDropped) {
            alarmsDropped++;
        } else if (event instanceof AlarmInvestigated e) {
            unitHoursOnFalseAlarms += e.civilians() ? e.unitHours() : 0;
        }
    }

    private void countDetection(int sector) {
        detections++;
        if (sector < 0) {
            return;
        }
        if (sector >= detectionsBySector.length) {
            detectionsBySector = Arrays.copyOf(detectionsBySector, sector + 1);
        }
        detectionsBySector[sector]++;
    }

    /** Alarms raised so far (issue 17). */
    long alarms() {
        return alarms;
    }

    long falseAlarms() {
        return falseAlarms;
    }

    long alarmsDropped() {
        return alarmsDropped;
    }

    /** Unit hours of the investigations of false alarms sent so far. */
    double unitHoursOnFalseAlarms() {
        return unitHoursOnFalseAlarms;
    }

    long arrived() {
        return arrived;
    }

    long crossed() {
        return crossed;
    }

    long detected() {
        return detected;
    }

    long interdicted() {
        return interdicted;
    }

    long leaked() {
        return leaked;
    }

    long turnedBack() {
        return turnedBack;
    }

    long engagements() {
        return engagements;
    }

    /** Unbribed detections so far, of any group anywhere. */
    long detections() {
        return detections;
    }

    /** Unbribed detections so far in the sector with this global index. */
    int detections(int sector) {
        return sector < detectionsBySector.length ? detectionsBySector[sector] : 0;
    }

    int maxDetections() {
        return Arrays.stream(detectionsBySector).max().orElse(0);
    }
}
