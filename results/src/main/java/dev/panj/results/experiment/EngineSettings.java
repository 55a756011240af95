package dev.panj.results.experiment;

/**
 * What the user asked of an engine: {@code threads} replications at once on this machine, and for a cluster
 * engine its {@code master} (a URL such as {@code spark://host:7077} or {@code local[2]}), null for the default.
 */
public record EngineSettings(int threads, String master) {
    public EngineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
