package dev.panj.ui.gui;

import dev.panj.ui.gui.GroupFates.Milestone;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Where two runs on the same seed first part: the earliest milestone (arrival, first detection, first crossing,
 * fate) of any group that one run has and the other has not, or has at another time. Until then the two runs
 * told the same story of every group; the arrangements under comparison differ from that moment on.
 *
 * <p>Both runs must have been played to the same time {@code now}: every milestone up to {@code now} is then
 * known in both, so a milestone at or before {@code now} that the other run lacks is a real difference, not one
 * the other run has yet to reach. A milestone stamped after {@code now} (a few events are stamped within the
 * coming tick) waits until the clock passes it.
 */
final class Divergence {
    private static final double EPS = 1e-9;

    /**
     * The first divergence: at {@code time}, group {@code id}'s milestone number {@code index} is {@code a} in run A
     * and {@code b} in run B (either null when that run has not had it by the time of the check); {@code others}
     * more groups diverge at the same time.
     */
    record Found(double time, long group, String id, int index, Milestone a, Milestone b, int others) {
        /** The milestone that happened at the divergence's time (A's when both did). */
        Milestone leading() {
            return a != null && Math.abs(a.time() - time) < 1e-6 ? a : b;
        }
    }

    /** How the two runs compare at one moment: the first divergence (or null) and the fates that differ. */
    record State(double now, Found first, int differentFates, int finishedInBoth) {
    }

    private Divergence() {
    }

    /** Compares the runs as of {@code now}. */
    static State compare(GroupFates a, GroupFates b, double now) {
        Set<Long> groups = new LinkedHashSet<>(a.groups());
        groups.addAll(b.groups());
        Found first = null;
        int ties = 0;
        int different = 0;
        int finished = 0;
        for (long g : groups) {
            Milestone fa = a.fate(g);
            Milestone fb = b.fate(g);
            if (fa != null && fb != null) {
                finished++;
                if (fa.kind() != fb.kind()) {
                    different++;
                }
            }
            Found f = first(g, a, b, now);
            if (f == null) {
                continue;
            }
            if (first == null || f.time() < first.time() - 1e-6) {
                first = f;
                ties = 0;
            } else if (Math.abs(f.time() - first.time()) <= 1e-6) {
                ties++;
                if (f.id().compareTo(first.id()) < 0) {
                    first = f;
                }
            }
        }
        if (first != null) {
            first = new Found(first.time(), first.group(), first.id(), first.index(), first.a(), first.b(), ties);
        }
        return new State(now, first, different, finished);
    }

    /** Group {@code g}'s first difference between the runs known by {@code now}, or null. */
    private static Found first(long g, GroupFates a, GroupFates b, double now) {
        List<Milestone> la = known(a.of(g), now);
        List<Milestone> lb = known(b.of(g), now);
        int i = 0;
        while (i < la.size() && i < lb.size() && la.get(i).sameAs(lb.get(i))) {
            i++;
        }
        Milestone ma = i < la.size() ? la.get(i) : null;
        Milestone mb = i < lb.size() ? lb.get(i) : null;
        if (ma == null && mb == null) {
            return null;
        }
        double time = Math.min(ma == null ? Double.POSITIVE_INFINITY : ma.time(),
                mb == null ? Double.POSITIVE_INFINITY : mb.time());
        String id = a.id(g) != null ? a.id(g) : b.id(g);
        return new Found(time, g, id == null ? Long.toString(g) : id, i, ma, mb, 0);
    }

    private static List<Milestone> known(List<Milestone> all, double now) {
        int n = 0;
        while (n < all.size() && all.get(n).time() <= now + EPS) {
            n++;
        }
        return all.subList(0, n);
    }

    /**
     * The divergence in words, as of {@code now}, the run where it happened first: e.g. "First divergence, hour
     * 14.25, S17: group W:kunduz/1#3 interdicted in A; in B crossed at hour 15.5", or "... interdicted in A, crossed
     * in B" when both happened at once. What the other run did with the group is filled in as soon as it happens.
     *
     * @param sectorIds by run (A, B): a sector's id by its global index in that run's world
     */
    static String describe(State state, GroupFates a, GroupFates b, List<IntFunction<String>> sectorIds) {
        Found f = state.first();
        if (f == null) {
            return "No divergence yet: every group arrived, was detected, crossed and ended alike in A and B";
        }
        // The other run's milestone may have come since the divergence was found.
        Milestone ma = at(a, f.group(), f.index(), state.now());
        Milestone mb = at(b, f.group(), f.index(), state.now());
        boolean aLeads = ma != null && Math.abs(ma.time() - f.time()) < 1e-6;
        Milestone lead = aLeads ? ma : mb;
        Milestone other = aLeads ? mb : ma;
        String leadRun = aLeads ? "A" : "B";
        String otherRun = aLeads ? "B" : "A";
        boolean otherSeen = (aLeads ? b : a).id(f.group()) != null;
        StringBuilder s = new StringBuilder("First divergence, hour ").append(hours(f.time()));
        if (lead.sector() >= 0) {
            s.append(", ").append(sectorIds.get(aLeads ? 0 : 1).apply(lead.sector()));
        }
        s.append(": group ").append(f.id()).append(' ').append(lead.kind().text).append(" in ").append(leadRun);
        if (!otherSeen) {
            s.append("; no such group in ").append(otherRun);
        } else if (other != null && Math.abs(other.time() - f.time()) < 1e-6) {
            s.append(", ").append(other.kind().text).append(" in ").append(otherRun);
        } else {
            s.append(otherSide(lead, (aLeads ? b : a).of(f.group()), f.index(), state.now(), otherRun));
        }
        if (f.others() > 0) {
            s.append(" (and ").append(f.others()).append(f.others() == 1 ? " other group" : " other groups")
                    .append(" at the same time)");
        }
        return s.toString();
    }

    /**
     * What the other run did instead of the leading milestone {@code lead}: the same milestone later; for a fate,
     * the other run's own fate, or else its next milestone; for an earlier milestone, that it never came (the
     * group's story having ended otherwise) or has not come so far.
     */
    private static String otherSide(Milestone lead, List<Milestone> all, int index, double now, String run) {
        List<Milestone> rest = known(all, now);
        rest = rest.subList(Math.min(index, rest.size()), rest.size());
        Milestone fate = rest.isEmpty() || !rest.get(rest.size() - 1).kind().fate ? null : rest.get(rest.size() - 1);
        for (Milestone m : rest) {
            if (m.kind() == lead.kind()) {
                return "; in " + run + " " + m.kind().text + " at hour " + hours(m.time());
            }
        }
        if (lead.kind().fate) {
            Milestone instead = fate != null ? fate : rest.isEmpty() ? null : rest.get(0);
            if (instead != null) {
                return "; in " + run + " " + instead.kind().text + " at hour " + hours(instead.time());
            }
        } else if (fate != null) {
            return "; never " + lead.kind().text + " in " + run + " (" + fate.kind().text + " at hour "
                    + hours(fate.time()) + ")";
        }
        return "; not " + lead.kind().text + " in " + run + " so far";
    }

    private static Milestone at(GroupFates fates, long group, int index, double now) {
        List<Milestone> known = known(fates.of(group), now);
        return index < known.size() ? known.get(index) : null;
    }

    /** Hours as the GUI writes them: "14", "14.5", "14.25". */
    static String hours(double h) {
        String s = String.format(Locale.ROOT, "%.2f", h);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The count of fates that differ, in words. */
    static String fates(State state) {
        return String.format(Locale.ROOT, "Fates differ for %d of the %d groups both runs have finished with",
                state.differentFates(), state.finishedInBoth());
    }
}
