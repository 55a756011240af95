package dev.panj.sim.config;

import java.util.List;

/** Horizontal co-operation between national commands, and whether an exercise-level improvement is on. */
public record CooperationConfig(
        @Param(doc = "Who shares reports with whom.", def = Param.UNSET) List<SharingLinkConfig> links,
        @Param(doc = "Improved cooperation from the start (e.g. throughout an exercise).", def = "false")
        boolean improved,
        @Param(doc = "Under improved cooperation, detectors' vertical reporting delays are multiplied by this.",
                def = "1", min = 0, max = 10) double improvedReportDelayFactor) {

    public CooperationConfig {
        links = List.copyOf(links);
    }
}
