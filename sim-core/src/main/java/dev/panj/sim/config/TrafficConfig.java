package dev.panj.sim.config;

import java.util.List;

/**
 * A busy border (issue 17): civilians crossing the green border, how detectors classify what they see, the
 * alarms that reach the national commands and how the commands investigate them, and militant groups that
 * travel inside civilian crowds. Absent: no green-border traffic, every militant sighting recognised.
 */
public record TrafficConfig(
        @Param(doc = "Civilian flows across the green border.", def = Param.UNSET) List<GreenFlowConfig> flows,
        @Param(doc = "Classification per detector kind (a kind not listed recognises every militant and never "
                + "mistakes civilians).", def = Param.UNSET) List<ClassificationConfig> classification,
        @Param(doc = "Units each command may have out investigating alarms at once (c of the loss system); the "
                + "ready unit nearest the alarm goes.", def = "2", min = 0, max = 10000) int investigators,
        @Param(doc = "Alarms that may wait for a free investigator (0: no waiting room, an alarm that finds every "
                + "investigator busy is dropped; 1000000: unlimited).", def = "0", min = 0, max = 1000000) int alarmQueue,
        @Param(doc = "An alarm that has waited this long is dropped (the people seen have gone).",
                unit = Unit.DURATION, def = "6 h", min = 0, max = 1e9) double alarmPatience,
        @Param(doc = "Mean time a unit spends investigating an alarm on the spot (and holding the people).",
                unit = Unit.DURATION, def = "3 h", min = 0, max = 720) double investigationTime,
        @Param(doc = "Investigation times exponential with that mean (true) or all equal to it (false).",
                def = "true") boolean exponentialInvestigation,
        @Param(doc = "Whether the unit's travel to the alarm and back adds to the time it is tied up.",
                def = "true") boolean travel,
        @Param(doc = "Share of the militant groups (those not hiding at an official crossing) that travel inside a "
                + "civilian crowd across the green border.", unit = Unit.PROBABILITY, def = "0", min = 0, max = 1)
        double crowdShare,
        @Param(doc = "Factor on a detector's recognise probability for militants inside a crowd.",
                unit = Unit.PROBABILITY, def = "0.3", min = 0, max = 1) double crowdRecognition,
        @Param(doc = "People of the crowd around a hidden group: they make it as visible as a crowd.",
                def = "20", min = 0, max = 10000) int crowdSize,
        @Param(doc = "Probability that a unit investigating a crowd finds the militants in it (watch lists add "
                + "their own chance against returning fighters and recruits).", unit = Unit.PROBABILITY,
                def = "0.5", min = 0, max = 1) double crowdScreening) {

    public TrafficConfig {
        flows = List.copyOf(flows);
        classification = List.copyOf(classification);
    }

    /** The classification of a detector kind (the neutral one when the scenario gives none). */
    public ClassificationConfig of(DetectorType kind) {
        for (ClassificationConfig c : classification) {
            if (c.detector() == kind) {
                return c;
            }
        }
        return new ClassificationConfig(kind, 1, 0, 0);
    }
}
