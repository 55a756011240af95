package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.panj.sim.config.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitParserTest {

    @ParameterizedTest(name = "{0} as {1} = {2}")
    @CsvSource({
        "15 min, DURATION, 0.25",
        "15min, DURATION, 0.25",
        "2.5 h, DURATION, 2.5",
        "3 d, DURATION, 72",
        "1 week, DURATION, 168",
        "90 s, DURATION, 0.025",
        "800 m, DISTANCE, 0.8",
        "12 km, DISTANCE, 12",
        "5 m/s, SPEED, 18",
        "4 km/h, SPEED, 4",
        "10 kn, SPEED, 18.52",
        "3 /day, RATE, 0.125",
        "3 per day, RATE, 0.125",
        "2 /min, RATE, 120",
        "0.5 /h, RATE, 0.5",
        "7 /week, RATE, 0.041666666666666664",
        "1.2 /day, RATE, 0.05",
        "20 min, DURATION, 0.3333333333333333",
        "0.1 /h, PER_CAPITA_RATE, 0.1",
        "30%, PROBABILITY, 0.3",
        "0.3, PROBABILITY, 0.3",
        "-0 km, DISTANCE, 0",
    })
    void parse_quantity_convertsToCanonicalUnit(String text, Unit unit, double expected) throws Exception {
        assertEquals(expected, UnitParser.parse(text, unit));
    }

    @Test
    void parse_negativeZero_becomesPositiveZero() throws Exception {
        assertEquals(0, Double.compare(0.0, UnitParser.parse("-0 km", Unit.DISTANCE)));
    }

    @Test
    void parse_bareNumberForDuration_listsFittingUnits() {
        var e = assertThrows(InvalidValueException.class, () -> UnitParser.parse("15", Unit.DURATION));
        assertEquals("expected a duration with a unit (min, h, d), found bare number 15", e.getMessage());
    }

    @Test
    void parse_distanceForDuration_namesBothDimensions() {
        var e = assertThrows(InvalidValueException.class, () -> UnitParser.parse("800 m", Unit.DURATION));
        assertEquals("expected a duration with a unit (min, h, d), found a distance '800 m'", e.getMessage());
    }

    @Test
    void parse_misspeltUnit_suggestsClosest() {
        var e = assertThrows(InvalidValueException.class, () -> UnitParser.parse("15 minuts", Unit.DURATION));
        assertEquals("expected a duration with a unit (min, h, d), found unknown unit 'minuts' in '15 minuts'; "
                + "did you mean 'minute'?", e.getMessage());
    }

    @Test
    void parse_unitOnProbability_isRejected() {
        var e = assertThrows(InvalidValueException.class, () -> UnitParser.parse("3 km", Unit.PROBABILITY));
        assertEquals("expected a probability (a number from 0 to 1, or a percentage), found '3 km'", e.getMessage());
    }

    @Test
    void parse_infiniteNumber_isRejected() {
        assertThrows(InvalidValueException.class, () -> UnitParser.parse("1e999 h", Unit.DURATION));
        assertThrows(InvalidValueException.class, () -> UnitParser.parse("1e99999999999 h", Unit.DURATION));
    }

    @Test
    void bare_numberWithUnit_isRejected() {
        var e = assertThrows(InvalidValueException.class, () -> UnitParser.bare("3 km"));
        assertEquals("expected a number without a unit, found '3 km'", e.getMessage());
    }
}
