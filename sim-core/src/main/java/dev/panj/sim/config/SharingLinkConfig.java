package dev.panj.sim.config;

/** Horizontal sharing: a command passes its reports to another country's command. */
public record SharingLinkConfig(
        @Param(doc = "Country whose command shares.") String from,
        @Param(doc = "Country whose command receives.") String to,
        @Param(doc = "Probability that a report is passed on.", unit = Unit.PROBABILITY, min = 0, max = 1)
        double probability,
        @Param(doc = "Delay of the hand-over.", unit = Unit.DURATION, min = 0, max = 720) double delay,
        @Param(doc = "Probability under improved cooperation (unset: unchanged).", unit = Unit.PROBABILITY,
                def = Param.UNSET, min = 0, max = 1) double improvedProbability,
        @Param(doc = "Delay under improved cooperation (unset: unchanged).", unit = Unit.DURATION, def = Param.UNSET,
                min = 0, max = 720) double improvedDelay) {
}
