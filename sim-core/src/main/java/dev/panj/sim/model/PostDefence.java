package dev.panj.sim.model;

import dev.panj.sim.detect.Detector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Border posts fight. When a post's own observation detects a group (one it reports: a bribed post lets the
 * group pass) and the group has not turned back, is not already fighting and is not finished, the garrison
 * engages it where it was seen, if it can: it has soldiers left, an effectiveness above 0, and is not fighting
 * another group. The fight itself is {@link Combat}'s, under the same law as a reaction unit's. Called by
 * {@link Detection} (fourth phase of a tick) as it detects.
 */
final class PostDefence implements Detection.Garrisons {
    /** Where a post's fight goes: the garrison and the group start to fight at {@code time}. */
    interface Fight {
        void engage(BorderPost post, MilitantGroup group, double time);
    }

    private final Map<Long, BorderPost> posts = new HashMap<>();
    private final Fight fight;

    PostDefence(List<BorderPost> posts, Fight fight) {
        for (BorderPost p : posts) {
            this.posts.put(p.sensor().uid(), p);
        }
        this.fight = fight;
    }

    @Override
    public void sighted(Detector detector, MilitantGroup group, double time) {
        BorderPost post = posts.get(detector.uid());
        if (post == null || !post.canFight()) {
            return;
        }
        GroupState st = group.state();
        if (st == GroupState.ENGAGED || st.terminal() || group.hidden()) {
            return;
        }
        fight.engage(post, group, time);
    }
}
