package dev.panj.scenarios;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds what the user probably meant: a misspelt key, enum value, unit or id. A near miss is worth a
 * suggestion; a far one is not, so the distance allowed grows with the length of the word.
 */
final class KeySuggester {

    private static final int LONGEST_COMPARED = 100;

    private KeySuggester() {
    }

    /** The candidate equal ignoring case, else the closest within max(2, length/3) edits (transpositions count one). */
    static Optional<String> closest(String input, Collection<String> candidates) {
        String wanted = input.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(candidate);
            }
        }
        if (wanted.length() > LONGEST_COMPARED) {
            return Optional.empty();
        }
        int allowed = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    static String suffix(String input, Collection<String> candidates) {
        return closest(input, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
