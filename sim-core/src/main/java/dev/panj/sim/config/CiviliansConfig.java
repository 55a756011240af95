package dev.panj.sim.config;

import java.util.List;

/** Civilians: official crossings with screening, background flows, and harm near fighting. */
public record CiviliansConfig(
        @Param(doc = "Official crossing points with screening.", def = Param.UNSET) List<OfficialCrossingConfig> crossings,
        @Param(doc = "Background flows to crossings.", def = Param.UNSET) List<CivilianFlowConfig> flows,
        @Param(doc = "Civilians within this distance of an engagement are at risk.", unit = Unit.DISTANCE,
                def = "3 km", min = 0, max = 100) double harmRadius,
        @Param(doc = "Casualty rate per person at risk per hour of fighting.", unit = Unit.RATE, def = "0.002 /h",
                min = 0, max = 100) double harmRate,
        @Param(doc = "Time detained civilians are held before release (they count as wrongly detained).",
                unit = Unit.DURATION, def = "24 h", min = 0, max = 8760) double detentionTime,
        @Param(doc = "Probability that a person who diverts to an informal ford drowns or is swept away crossing "
                + "it (where the river is fordable that month; where it is not, nobody crosses).",
                unit = Unit.PROBABILITY, def = "0", min = 0, max = 1) double fordRisk,
        @Param(doc = "Walking speed of people who divert, along the bank to the ford and across.", unit = Unit.SPEED,
                def = "3 km/h", min = 0.1, max = 50) double fordWalkSpeed) {

    public CiviliansConfig {
        crossings = List.copyOf(crossings);
        flows = List.copyOf(flows);
    }
}
