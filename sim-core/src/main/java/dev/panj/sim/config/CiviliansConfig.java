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
                unit = Unit.DURATION, def = "24 h", min = 0, max = 8760) double detentionTime) {

    public CiviliansConfig {
        crossings = List.copyOf(crossings);
        flows = List.copyOf(flows);
    }
}
