package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed text of a parameter path: keys separated by dots, each optionally followed by one list item in
 * brackets. What the brackets hold is not interpreted here: it is an index or an identity depending on the list.
 *
 * <pre>
 * path     = step ("." step)*
 * step     = key ["[" selector "]"]
 * key      = letter (letter | digit)*
 * selector = any text without "[" or "]"
 * </pre>
 */
record ParameterPath(String text, List<Step> steps) {

    static final String EXAMPLE = "such as csto.decisionDelay or posts[tj-post-west].sensor.range";

    /** One key and, for an item of a list, what is between the brackets (else null). */
    record Step(String key, String selector) {
        /** The step as written. */
        String written() {
            return selector == null ? key : key + "[" + selector + "]";
        }
    }

    static ParameterPath parse(String text) throws InvalidValueException {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (true) {
            int keyStart = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)))) {
                i++;
            }
            String key = text.substring(keyStart, i);
            if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
                throw malformed(text);
            }
            String selector = null;
            if (i < text.length() && text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                selector = close < 0 ? "" : text.substring(i + 1, close);
                if (selector.isBlank() || selector.indexOf('[') >= 0) {
                    throw malformed(text);
                }
                i = close + 1;
            }
            steps.add(new Step(key, selector));
            if (i == text.length()) {
                return new ParameterPath(text, List.copyOf(steps));
            }
            if (text.charAt(i) != '.') {
                throw malformed(text);
            }
            i++;
        }
    }

    private static InvalidValueException malformed(String text) {
        return new InvalidValueException("expected a path of keys separated by dots, " + EXAMPLE + ", found "
                + Nodes.quote(text));
    }
}
