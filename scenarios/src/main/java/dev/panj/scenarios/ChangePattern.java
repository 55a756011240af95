package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which changes a group's pattern takes: those whose path is the pattern, or starts with it and goes on with
 * {@code .} or {@code [} (a mapping, a list or an item and everything in it); {@code *} in a pattern stands for any
 * text.
 */
final class ChangePattern {
    private ChangePattern() {
    }

    /** The numbers of the changes the pattern takes, ascending. */
    static List<Integer> matching(String pattern, List<ScenarioChange> changes) {
        Pattern regex = regex(pattern.strip());
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < changes.size(); c++) {
            if (regex.matcher(changes.get(c).path()).matches()) {
                out.add(c);
            }
        }
        return out;
    }

    private static Pattern regex(String pattern) {
        StringBuilder text = new StringBuilder();
        int start = 0;
        for (int star = pattern.indexOf('*'); star >= 0; star = pattern.indexOf('*', start)) {
            text.append(Pattern.quote(pattern.substring(start, star))).append(".*");
            start = star + 1;
        }
        text.append(Pattern.quote(pattern.substring(start)));
        return Pattern.compile(text + "(?:[.\\[].*)?", Pattern.DOTALL);
    }
}
