package dev.panj.sim.config;

/** The cost of one patrol by platform. */
public record PatrolCostsConfig(
        @Param(doc = "A foot patrol (one patrol of a patrols entry's count).") CostItemConfig foot,
        @Param(doc = "A vehicle patrol.") CostItemConfig vehicle,
        @Param(doc = "A helicopter patrol (airframe, crew and flying hours).") CostItemConfig helicopter,
        @Param(doc = "A UAV patrol (air vehicle, ground station and crew).") CostItemConfig uav) {

    /** The item of patrols of {@code kind}. */
    public CostItemConfig of(PatrolKind kind) {
        return switch (kind) {
            case FOOT -> foot;
            case VEHICLE -> vehicle;
            case HELICOPTER -> helicopter;
            case UAV -> uav;
        };
    }
}
