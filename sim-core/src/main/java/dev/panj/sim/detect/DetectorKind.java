package dev.panj.sim.detect;

/** What detected a group. Manned detectors can be bribed; unattended sensors cannot. */
public enum DetectorKind {
    POST(true),
    SENSOR(false),
    PATROL(true);

    private final boolean manned;

    DetectorKind(boolean manned) {
        this.manned = manned;
    }

    public boolean manned() {
        return manned;
    }
}
