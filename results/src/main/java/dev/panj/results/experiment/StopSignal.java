package dev.panj.results.experiment;

/** A request to stop a batch early (Ctrl-C), safe to raise from any thread. */
public final class StopSignal {
    private volatile boolean requested;

    public void request() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }
}
