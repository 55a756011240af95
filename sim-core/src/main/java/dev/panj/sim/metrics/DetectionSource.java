package dev.panj.sim.metrics;

import dev.panj.sim.detect.DetectorKind;
import java.util.Locale;

/** What made a group's first detection: the split of detections by source. */
public enum DetectionSource {
    /** An unattended border sensor. */
    SENSOR,
    /** A border post (watching its stretch of the bank). */
    POST,
    /** A border patrol. */
    PATROL,
    /** Screening at an official crossing found the group hidden in the civilian flow. */
    SCREENING,
    /** An inland sighting (police, informants, residents). */
    INLAND;

    /** The source of a detection by {@code kind} named {@code detector}. */
    public static DetectionSource of(DetectorKind kind, String detector) {
        return switch (kind) {
            case SENSOR -> SENSOR;
            case PATROL -> PATROL;
            case INLAND -> INLAND;
            case POST -> detector.startsWith("screening:") ? SCREENING : POST;
        };
    }

    /** The name in outputs: {@code sensor}, {@code post}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
