package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySuggesterTest {

    private static final List<String> KEYS = List.of("model", "range", "probability", "glimpseRate", "nightVision");

    @Test
    void closest_transposition_countsAsOneEdit() {
        assertEquals(1, KeySuggester.distance("rnage", "range"));
        assertEquals(Optional.of("range"), KeySuggester.closest("rnage", KEYS));
    }

    @Test
    void closest_differentCase_matches() {
        assertEquals(Optional.of("glimpseRate"), KeySuggester.closest("GLIMPSERATE", KEYS));
    }

    @Test
    void closest_farWord_suggestsNothing() {
        assertEquals(Optional.empty(), KeySuggester.closest("zigzag", List.of("random", "barrier", "stationary")));
    }

    @Test
    void closest_longWord_allowsMoreEdits() {
        assertEquals(Optional.of("probability"), KeySuggester.closest("probabilty", KEYS));
        assertEquals(Optional.of("nightVision"), KeySuggester.closest("nigtVison", KEYS));
    }

    @Test
    void suffix_noCandidate_isEmpty() {
        assertEquals("", KeySuggester.suffix("x", List.of()));
    }
}
