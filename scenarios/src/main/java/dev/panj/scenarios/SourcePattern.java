package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter path pattern of a {@code sources:} entry: keys separated by dots, a list item in brackets by its
 * position ({@code posts[0]}), its identity ({@code posts[tj-post-west]}, {@code commands[TJK]},
 * {@code cooperation.links[from=TJK,to=KGZ]}) or {@code [*]} for every item. A pattern covers the value at its
 * path and every value below it ({@code arrivals} covers {@code arrivals[2].group.sizeMax}).
 */
record SourcePattern(List<Segment> segments) {

    /** A key, or a list item ({@code key} null) chosen by {@code item}: {@code *}, a position or an identity. */
    record Segment(String key, String item) {
        boolean isKey() {
            return key != null;
        }
    }

    /** One step of a concrete path: a key, or an item with its position and identity (null if it has none). */
    record Step(String key, int index, String identity) {
    }

    static SourcePattern parse(String text) throws InvalidValueException {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        if (text.isBlank()) {
            throw new InvalidValueException("expected a parameter path such as posts[*].garrison, found nothing");
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0 || close == i + 1 || segments.isEmpty()) {
                    throw bad(text);
                }
                segments.add(new Segment(null, text.substring(i + 1, close).strip()));
                i = close + 1;
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    if (i == n) {
                        throw bad(text);
                    }
                }
            } else {
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String key = text.substring(i, end).strip();
                if (key.isEmpty() || !key.chars().allMatch(Character::isLetterOrDigit)) {
                    throw bad(text);
                }
                segments.add(new Segment(key, null));
                i = end;
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    if (i == n) {
                        throw bad(text);
                    }
                }
            }
        }
        return new SourcePattern(List.copyOf(segments));
    }

    private static InvalidValueException bad(String text) {
        return new InvalidValueException("expected a parameter path such as posts[*].garrison, "
                + "commands[TJK].inlandDetectionRate or arrivals, found " + Nodes.quote(text));
    }

    /**
     * How closely this pattern covers a concrete path: -1 when it does not, else a score that grows with the
     * number of steps it names and with items named by position or identity rather than by {@code *}.
     */
    int match(List<Step> path) {
        if (segments.size() > path.size()) {
            return -1;
        }
        int score = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Step p = path.get(i);
            if (s.isKey() != (p.key() != null)) {
                return -1;
            }
            if (s.isKey()) {
                if (!s.key().equals(p.key())) {
                    return -1;
                }
                score += 4;
            } else if (s.item().equals("*")) {
                score += 4;
            } else if (s.item().equals(Integer.toString(p.index())) || s.item().equals(p.identity())) {
                score += 5;
            } else {
                return -1;
            }
        }
        return score;
    }
}
