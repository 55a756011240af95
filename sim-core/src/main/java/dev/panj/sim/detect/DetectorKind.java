package dev.panj.sim.detect;

/** What detected a group. Manned detectors can be bribed; unattended sensors cannot. */
public enum DetectorKind {
    POST(true),
    SENSOR(false),
    PATROL(true),
    /** Police, informants and residents inside the country: a standing rate of sightings, not a sensor. */
    INLAND(false);

    private final boolean manned;

    DetectorKind(boolean manned) {
        this.manned = manned;
    }

    public boolean manned() {
        return manned;
    }
}
