package dev.panj.sim.config;

/**
 * One timed event of a scenario's timeline: exactly one action, at a moment given as an offset from the
 * start or as an absolute date-time.
 */
public record TimelineEventConfig(
        @Param(doc = "When the event happens: an offset from the start (12 h) or a date-time (2015-07-22T06:00).",
                unit = Unit.INSTANT, min = 0) double at,
        @Param(doc = "A short note shown in event logs and reports.", def = "") String label,
        @Param(doc = "Release an incursion wave.", def = Param.UNSET) WaveConfig wave,
        @Param(doc = "A mass crossing of local residents at official crossings.", def = Param.UNSET)
        MassCrossingConfig massCrossing,
        @Param(doc = "Close official crossings: civilians are turned away or divert to informal fords.",
                def = Param.UNSET) CrossingSetConfig closeCrossings,
        @Param(doc = "Reopen official crossings.", def = Param.UNSET) CrossingSetConfig reopenCrossings,
        @Param(doc = "Switch improved cooperation (an exercise window) on or off.", def = Param.UNSET)
        CooperationSwitchConfig cooperation,
        @Param(doc = "A country requests the CSTO collective rapid-reaction force.", def = Param.UNSET)
        CstoRequestConfig cstoRequest,
        @Param(doc = "A reaction unit arrives and becomes available to its command.", def = Param.UNSET)
        ReactionUnitConfig reinforcement) {
}
