package dev.panj.sim.model;

/** The security side of a fight: a reaction unit, or the garrison of a border post. */
public interface SecurityForce {
    /** The unit's or the post's identifier. */
    String id();

    /** Personnel able to fight now. */
    double strength();
}
