package dev.panj.sim.model;

/** Where a militant group is in its journey. The last three are final. */
public enum GroupState {
    /** Moving from the staging area towards the border. */
    STAGING,
    /** On the last stretch to the river. */
    APPROACHING,
    /** On the river. */
    CROSSING,
    /** Across, moving to the objective. */
    IN_COUNTRY,
    /** Fighting a reaction unit. */
    ENGAGED,
    TURNED_BACK,
    INTERDICTED,
    LEAKED;

    public boolean terminal() {
        return this == TURNED_BACK || this == INTERDICTED || this == LEAKED;
    }
}
