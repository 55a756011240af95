package dev.panj.sim.config;

import java.util.List;

/** The CSTO collective rapid-reaction force: threshold, political decision, contingents. */
public record CstoConfig(
        @Param(doc = "Whether the CSTO can be called at all.", def = "false") boolean enabled,
        @Param(doc = "Member states that may request it.", def = Param.UNSET) List<String> members,
        @Param(doc = "Militants detected in a member's territory that make it request the CSTO (0: only scripted requests).",
                def = "50", min = 0, max = 1000000) int threshold,
        @Param(doc = "Political decision time from request to activation.", unit = Unit.DURATION, def = "72 h",
                min = 0, max = 8760) double decisionDelay,
        @Param(doc = "Contingents by country.", def = Param.UNSET) List<CstoContingentConfig> contingents) {

    public CstoConfig {
        members = List.copyOf(members);
        contingents = List.copyOf(contingents);
    }
}
