package dev.panj.sim.event;

/** A country asked for help: bilateral (provider = a country) or collective (provider = "CSTO"). */
public record HelpRequested(double time, String requester, String provider) implements ModelEvent {
}
