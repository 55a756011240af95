package dev.panj.sim.event;

/** A CSTO contingent landed at its air base and its units became available to the requester's command. */
public record ContingentArrived(double time, String country, String requester, int units, int personnel)
        implements ModelEvent {
}
