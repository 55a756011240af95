package dev.panj.sim.event;

/** Help was decided: bilateral units put under the requester's command, or the CSTO force activated. */
public record HelpGranted(double time, String requester, String provider, int units) implements ModelEvent {
}
