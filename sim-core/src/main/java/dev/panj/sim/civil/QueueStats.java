package dev.panj.sim.civil;

/**
 * A screening queue's statistics: people who arrived and were served, the mean wait before service (Wq),
 * the mean time in the system (W) and the time-average number in the system (L); Little's law says
 * L = lambda W with lambda = arrivals / time.
 */
public record QueueStats(long arrivals, long started, long served, double meanWait, double meanSojourn,
                         double meanInSystem, int maxWaiting) {
}
