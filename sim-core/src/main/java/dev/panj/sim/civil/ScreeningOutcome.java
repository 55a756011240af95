package dev.panj.sim.civil;

/** What screening decided for a party when its last member was served ({@code screened} members were). */
public record ScreeningOutcome(Party party, double time, int screened, int flagged, double totalWait) {
    public boolean anyFlagged() {
        return flagged > 0;
    }
}
