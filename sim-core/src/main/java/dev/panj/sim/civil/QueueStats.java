package dev.panj.sim.civil;

/**
 * A screening queue's statistics: people who arrived and were served, the mean wait before service (Wq),
 * the mean time in the system (W) and the time-average number in the system (L); Little's law says
 * L = lambda W with lambda = arrivals / time. {@code waited} counts people whose screening started after a wait
 * (Erlang C's probability of waiting is waited / started).
 */
public record QueueStats(long arrivals, long started, long waited, long served, double meanWait, double meanSojourn,
                         double meanInSystem, int maxWaiting) {
}
