package dev.panj.results.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FactorParserTest {
    private static LoadedScenario barrier;

    @BeforeAll
    static void load() throws ScenarioException {
        barrier = ScenarioLibrary.load("barrier-2015");
    }

    private static Factor parse(String spec) throws SweepException {
        return new FactorParser(barrier).parse(spec);
    }

    private static String problem(String spec) {
        return assertThrows(SweepException.class, () -> parse(spec)).getMessage();
    }

    @Test
    void parse_durationRange_isHeldInHours() throws SweepException {
        Factor delay = parse("commands[TJK].processingDelay=30min:6h");

        assertTrue(delay.isRange());
        assertEquals("h", delay.unit());
        assertEquals(0.5, delay.low());
        assertEquals(6.0, delay.high());
        assertEquals("0.5 h to 6 h", delay.describe());
    }

    @Test
    void parse_distanceLevels_keepTheirTextAndCanonicalNumbers() throws SweepException {
        Factor spacing = parse("posts[tj-post-west].spacing=10km, 15km,20000 m");

        assertEquals(List.of("10km", "15km", "20000 m"), spacing.levels());
        assertEquals(List.of(10.0, 15.0, 20.0), spacing.numbers());
        assertTrue(spacing.numeric());
    }

    @Test
    void parse_enumLevels_areNumberedByPosition() throws SweepException {
        Factor mode = parse("engagement.mode=deterministic,stochastic");

        assertEquals(List.of(0.0, 1.0), mode.numbers());
        assertFalse(mode.numeric());
        assertEquals("stochastic", mode.at(0.9).text());
    }

    @Test
    void parse_wholeRange_isWhole() throws SweepException {
        assertTrue(parse("reactionUnits[kg-qru-batken].strength=20:120").whole());
    }

    @Test
    void parse_misspeltKey_suggestsTheKey() {
        assertEquals("--vary 'csto.decisonDelay=6h:120h': csto.decisonDelay: unknown key 'decisonDelay'; did you mean "
                + "'decisionDelay'?", problem("csto.decisonDelay=6h:120h"));
    }

    @Test
    void parse_wrongUnit_saysWhichUnitsFit() {
        assertEquals("--vary 'csto.decisionDelay=6km:120h': csto.decisionDelay: expected a duration with a unit "
                + "(min, h, d), found a distance '6km'", problem("csto.decisionDelay=6km:120h"));
    }

    @Test
    void parse_bareNumberForADistance_asksForAUnit() {
        assertEquals("--vary 'posts[tj-post-west].sensor.range=1:5': posts[tj-post-west].sensor.range: expected a "
                + "distance with a unit (m, km), found bare number 1", problem("posts[tj-post-west].sensor.range=1:5"));
    }

    @Test
    void parse_endOutsideTheKeysRange_givesTheRange() {
        assertEquals("--vary 'militants.abortOnDetection=0:1.5': militants.abortOnDetection: expected a value from 0 "
                + "to 1, found 1.5", problem("militants.abortOnDetection=0:1.5"));
    }

    @Test
    void parse_unknownItem_listsTheItems() {
        assertEquals("--vary 'posts[tj-post-wst].spacing=10km,20km': posts: expected an index from 0 to 5 or the id "
                + "of an item (tj-post-west, tj-post-gorge, tj-post-east, kg-post-batken, kg-post-isfara, tj-post-kgz), "
                + "found 'tj-post-wst'; did you mean 'tj-post-west'?", problem("posts[tj-post-wst].spacing=10km,20km"));
    }

    @Test
    void parse_misspeltLevel_suggestsTheLevel() {
        assertEquals("--vary 'engagement.mode=stochstic,deterministic': engagement.mode: expected one of stochastic, "
                + "deterministic, found 'stochstic'; did you mean 'stochastic'?",
                problem("engagement.mode=stochstic,deterministic"));
    }

    @Test
    void parse_rangeOfAnEnum_asksForLevels() {
        assertEquals("--vary 'engagement.mode=stochastic:deterministic': engagement.mode: expected levels separated "
                + "by commas (one of stochastic, deterministic), found the range 'stochastic:deterministic'; only "
                + "numbers have a range", problem("engagement.mode=stochastic:deterministic"));
    }

    @Test
    void parse_noEquals_showsTheForm() {
        assertEquals("--vary 'csto.decisionDelay': expected PATH=LOW:HIGH or PATH=LEVEL,LEVEL,..., found no '='",
                problem("csto.decisionDelay"));
    }

    @Test
    void parse_lowAboveHigh_isRefused() {
        assertEquals("--vary 'csto.decisionDelay=5d:6h': csto.decisionDelay: expected LOW below HIGH, found 120 h "
                + "and 6 h", problem("csto.decisionDelay=5d:6h"));
    }

    @Test
    void parse_oneValue_asksForARangeOrLevels() {
        assertEquals("--vary 'csto.decisionDelay=6h': csto.decisionDelay: expected a range LOW:HIGH or at least two "
                + "levels separated by commas, found one value '6h'", problem("csto.decisionDelay=6h"));
    }

    @Test
    void parse_sameLevelTwice_isRefused() {
        assertEquals("--vary 'posts[tj-post-west].spacing=10km,10000m': posts[tj-post-west].spacing: expected distinct "
                + "levels, found '10000m' twice", problem("posts[tj-post-west].spacing=10km,10000m"));
    }

    @Test
    void parseAll_samePathTwice_isRefused() {
        SweepException e = assertThrows(SweepException.class, () -> new FactorParser(barrier)
                .parseAll(List.of("csto.decisionDelay=6h:12h", "csto.decisionDelay=1h:2h")));

        assertEquals("--vary 'csto.decisionDelay=1h:2h': expected each path once, found csto.decisionDelay again",
                e.getMessage());
    }

    @Test
    void parse_pathToAMapping_asksForAValue() {
        assertEquals("--vary 'csto=1:2': csto: expected a path to a single value, found a mapping with keys enabled, "
                + "members, threshold, decisionDelay, contingents", problem("csto=1:2"));
    }
}
