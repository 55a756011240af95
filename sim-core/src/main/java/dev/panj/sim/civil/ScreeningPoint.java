package dev.panj.sim.civil;

import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.KeyedRandom;
import ec.util.MersenneTwisterFast;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * An official crossing as a multi-server queue (M/M/c when people arrive one by one): c officers each
 * screen one person at a time for an exponential time of rate mu, first come first served. Each person is
 * flagged with the sensitivity (militants) or the false-positive rate (civilians). The queue keeps the
 * statistics that Little's law and Erlang C speak of: waits, sojourns and the time-average number present.
 */
public final class ScreeningPoint {
    private static final long PURPOSE_FLAG = 0x5C12EE11L;

    private final OfficialCrossingConfig config;
    private final Point position;
    private final MersenneTwisterFast serviceTimes;
    private final KeyedRandom keyed;
    private final double watchListSensitivity;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final Scheduler scheduler;
    private final Consumer<ScreeningOutcome> outcomes;
    private boolean open;
    private int busy;
    private long arrivals;
    private long served;
    private long started;
    private long waited;
    private double waitSum;
    private double sojournSum;
    private int maxWaiting;
    private double areaInSystem;
    private double lastChange;
    private int inSystem;

    /** Schedules a callback at an absolute model time. */
    public interface Scheduler {
        void at(double time, Runnable action);
    }

    public ScreeningPoint(OfficialCrossingConfig config, Point position, MersenneTwisterFast serviceTimes,
                          KeyedRandom keyed, double watchListSensitivity, Scheduler scheduler,
                          Consumer<ScreeningOutcome> outcomes) {
        this.config = config;
        this.position = position;
        this.serviceTimes = serviceTimes;
        this.keyed = keyed;
        this.watchListSensitivity = watchListSensitivity;
        this.scheduler = scheduler;
        this.outcomes = outcomes;
        this.open = config.open();
    }

    /** Whether a party arriving now would divert (closed, or the queue at its limit). */
    public boolean diverts() {
        return !open || queue.size() >= config.divertQueue();
    }

    /** A party joins the queue at {@code now}; its members are served one by one. */
    public void arrive(Party party, double now) {
        PartyProgress progress = new PartyProgress(party, now);
        for (int i = 0; i < party.people(); i++) {
            account(now, +1);
            arrivals++;
            Waiting w = new Waiting(progress, now);
            if (busy < config.officers()) {
                start(w, now);
            } else {
                queue.addLast(w);
            }
        }
        maxWaiting = Math.max(maxWaiting, queue.size());
    }

    private void start(Waiting w, double now) {
        busy++;
        started++;
        double wait = now - w.arrived;
        if (wait > 0) {
            waited++;
        }
        waitSum += wait;
        w.progress.totalWait += wait;
        double service = -Math.log(1 - serviceTimes.nextDouble()) / config.serviceRate();
        scheduler.at(now + service, () -> complete(w, now + service));
    }

    private void complete(Waiting w, double now) {
        busy--;
        served++;
        sojournSum += now - w.arrived;
        account(now, -1);
        PartyProgress p = w.progress;
        double pFlag = p.party.militant()
                ? (p.party.watchListed() ? Math.max(config.sensitivity(), watchListSensitivity) : config.sensitivity())
                : config.falsePositiveRate();
        if (keyed.uniform(p.party.key(), PURPOSE_FLAG, p.done) < pFlag) {
            p.flagged++;
        }
        p.done++;
        if (p.done + p.turnedAway == p.party.people()) {
            outcomes.accept(new ScreeningOutcome(p.party, now, p.done, p.flagged, p.totalWait));
        }
        if (open && !queue.isEmpty() && busy < config.officers()) {
            start(queue.pollFirst(), now);
        }
    }

    /**
     * Closes the crossing: those still waiting are turned away (they divert); people already being screened
     * finish. Returns, per party, how many of its members were turned away.
     */
    public java.util.Map<Party, Integer> close(double now) {
        open = false;
        java.util.Map<Party, Integer> away = new java.util.LinkedHashMap<>();
        java.util.Set<PartyProgress> touched = new java.util.LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Waiting w = queue.pollFirst();
            account(now, -1);
            arrivals--;
            w.progress.turnedAway++;
            away.merge(w.progress.party, 1, Integer::sum);
            touched.add(w.progress);
        }
        for (PartyProgress p : touched) {
            if (p.done > 0 && p.done + p.turnedAway == p.party.people()) {
                outcomes.accept(new ScreeningOutcome(p.party, now, p.done, p.flagged, p.totalWait));
            }
        }
        return away;
    }

    public void reopen() {
        open = true;
    }

    private void account(double now, int delta) {
        areaInSystem += inSystem * (now - lastChange);
        lastChange = now;
        inSystem += delta;
    }

    public OfficialCrossingConfig config() {
        return config;
    }

    public String id() {
        return config.id();
    }

    public Point position() {
        return position;
    }

    public boolean isOpen() {
        return open;
    }

    public int waiting() {
        return queue.size();
    }

    public int inSystem() {
        return inSystem;
    }

    public int maxWaiting() {
        return maxWaiting;
    }

    public long served() {
        return served;
    }

    /** Statistics up to {@code now}: arrivals, served, mean wait and sojourn, time-average number present. */
    public QueueStats stats(double now) {
        double area = areaInSystem + inSystem * (now - lastChange);
        return new QueueStats(arrivals, started, waited, served, started == 0 ? Double.NaN : waitSum / started,
                served == 0 ? Double.NaN : sojournSum / served, now <= 0 ? 0 : area / now, maxWaiting);
    }

    private static final class PartyProgress {
        final Party party;
        int done;
        int flagged;
        int turnedAway;
        double totalWait;

        PartyProgress(Party party, double now) {
            this.party = party;
        }
    }

    private record Waiting(PartyProgress progress, double arrived) {
    }
}
