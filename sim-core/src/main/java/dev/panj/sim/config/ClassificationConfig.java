package dev.panj.sim.config;

/** How one kind of detector classifies what it sees, and how urgent its alarms are. */
public record ClassificationConfig(
        @Param(doc = "The detector kind: post, sensor or patrol.") DetectorType detector,
        @Param(doc = "Probability that a sighting of militants is recognised as a threat (and reported).",
                unit = Unit.PROBABILITY, def = "1", min = 0, max = 1) double recognise,
        @Param(doc = "Probability that a sighting of civilians is mistaken for a threat (a false alarm).",
                unit = Unit.PROBABILITY, def = "0", min = 0, max = 1) double mistake,
        @Param(doc = "Priority of this kind's alarms at the command (higher first).", def = "0", min = 0, max = 100)
        int priority) {
}
