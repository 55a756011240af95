package dev.panj.results.sweep;

/**
 * One run of a sweep: a replication of a design point. Runs are numbered point by point, {@code run = point · n
 * + replication} with n replications per point, which is the index an executor sees.
 */
public record RunKey(int point, int replication) {

    public static RunKey of(int run, int replications) {
        return new RunKey(run / replications, run % replications);
    }

    public int run(int replications) {
        return point * replications + replication;
    }
}
