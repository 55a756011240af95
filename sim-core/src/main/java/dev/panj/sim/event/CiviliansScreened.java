package dev.panj.sim.event;

/**
 * Civilians finished screening: {@code screened} people, of whom {@code detained} were wrongly flagged and
 * held; the rest crossed. {@code totalWait} is the sum of their waits before screening, in hours.
 */
public record CiviliansScreened(double time, String crossing, int screened, int detained, double totalWait)
        implements ModelEvent {
}
