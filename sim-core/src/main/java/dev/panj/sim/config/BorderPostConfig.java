package dev.panj.sim.config;

/**
 * A manned border post, or a series of identical posts every {@code spacing} km between {@code from} and
 * {@code to} along the border. Give either a location or from/to/spacing. A post whose garrison has an
 * effectiveness fights the groups it sees and reports under the engagement law of the reaction units; its losses
 * are not replaced during the run.
 */
public record BorderPostConfig(
        @Param(doc = "Identifier (a series numbers its posts id-1, id-2, ...).") String id,
        @Param(doc = "Border line the chainages refer to (unset: the primary border).", def = Param.UNSET)
        String border,
        @Param(doc = "Country whose command the post reports to.", def = "TJK") String country,
        @Param(doc = "Where a single post stands.", def = Param.UNSET) LocationConfig location,
        @Param(doc = "Series: first post's chainage is from + spacing/2.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0)
        double from,
        @Param(doc = "Series: end of the stretch.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0) double to,
        @Param(doc = "Series: distance between posts.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0.01) double spacing,
        @Param(doc = "Series: perpendicular offset from the border (positive = own, northern side).",
                unit = Unit.DISTANCE, def = "0.5 km") double offset,
        @Param(doc = "Personnel at the post.", def = "20", min = 0, max = 100000) int garrison,
        @Param(doc = "The post's observation.") SensorConfig sensor,
        @Param(doc = "Delay from detection to the report reaching the command (vertical reporting).",
                unit = Unit.DURATION, def = "30 min", min = 0, max = 720) double reportDelay,
        @Param(doc = "Probability that a detected small group bribes its way through, unreported.",
                unit = Unit.PROBABILITY, def = "0", min = 0, max = 1) double corruption,
        @Param(doc = "Largest group that can bribe its way through.", def = "5", min = 0, max = 100000) int bribeMaxGroupSize,
        @Param(doc = "Lanchester effectiveness of the garrison when it fights a group it has seen: militants put out "
                + "of action per soldier per hour (0: the post only watches and reports).", unit = Unit.PER_CAPITA_RATE,
                def = "0.1 /h", min = 0, max = 100) double effectiveness,
        @Param(doc = "The garrison breaks off a fight when it falls to this share of its strength at the start.",
                unit = Unit.PROBABILITY, def = "0.5", min = 0, max = 1) double breakpoint) {
}
