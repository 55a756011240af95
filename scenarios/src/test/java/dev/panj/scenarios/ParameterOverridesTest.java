package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.EngagementMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterOverridesTest {

    private static LoadedScenario barrier() throws ScenarioException {
        return ScenarioLibrary.load("barrier-2015");
    }

    private static LoadedScenario with(String path, String value) throws ScenarioException {
        return ScenarioLibrary.withOverrides(barrier(), List.of(new ScenarioOverride(path, value)));
    }

    /** The one problem of an override, as {@code path: message}. */
    private static String problem(String path, String value) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> with(path, value));
        assertEquals(1, e.problems().size(), e.report());
        return e.problems().get(0).path() + ": " + e.problems().get(0).message();
    }

    private static CommandConfig command(LoadedScenario scenario, String country) {
        return scenario.config().commands().stream().filter(c -> c.country().equals(country)).findFirst().orElseThrow();
    }

    @Test
    void withOverrides_commandByCountry_changesThatValueOnly() throws ScenarioException {
        LoadedScenario changed = with("commands[KGZ].processingDelay", "2 h");

        assertEquals(2.0, command(changed, "KGZ").processingDelay());
        assertEquals(List.of("commands[KGZ].processingDelay: 0.5 h → 2 h"),
                ScenarioLibrary.differences(barrier().config(), changed.config()));
        assertNotEquals(barrier().sha256(), changed.sha256());
    }

    @Test
    void withOverrides_theValueItHasAlready_givesTheSameScenarioAndHash() throws ScenarioException {
        LoadedScenario same = with("csto.decisionDelay", "3 d");

        assertEquals(barrier().sha256(), same.sha256());
        assertEquals(barrier().resolvedYaml(), same.resolvedYaml());
    }

    @Test
    void withOverrides_itemByIndex_isTheItemByIdentity() throws ScenarioException {
        assertEquals(with("posts[tj-post-west].spacing", "10 km").sha256(), with("posts[0].spacing", "10 km").sha256());
    }

    @Test
    void withOverrides_linkByItsTwoCountries_eitherSpelling() throws ScenarioException {
        LoadedScenario named = with("cooperation.links[from=TJK,to=KGZ].delay", "1 h");
        LoadedScenario short_ = with("cooperation.links[TJK, KGZ].delay", "1 h");

        assertEquals(named.sha256(), short_.sha256());
        assertEquals(1.0, named.config().cooperation().links().get(0).delay());
    }

    @Test
    void withOverrides_keyTheScenarioLeavesUnset_isSet() throws ScenarioException {
        LoadedScenario baseline = ScenarioLibrary.load("baseline");
        assertEquals(Optional.empty(),
                ScenarioLibrary.parameter(baseline, "commands[TJK].improvedProcessingDelay").current());

        LoadedScenario changed = ScenarioLibrary.withOverrides(baseline,
                List.of(new ScenarioOverride("commands[TJK].improvedProcessingDelay", "10 min")));

        assertEquals(10.0 / 60, command(changed, "TJK").improvedProcessingDelay(), 1e-15);
    }

    @Test
    void withOverrides_enumLevel_isBound() throws ScenarioException {
        assertEquals(EngagementMode.DETERMINISTIC,
                with("engagement.mode", "deterministic").config().engagement().mode());
    }

    @Test
    void withOverrides_misspeltKey_suggestsTheKey() {
        assertEquals("csto.decisonDelay: unknown key 'decisonDelay'; did you mean 'decisionDelay'?",
                problem("csto.decisonDelay", "6 h"));
    }

    @Test
    void withOverrides_farOffKey_listsTheKeys() {
        assertEquals("engagement.colour: unknown key 'colour'; expected one of mode, maxDuration",
                problem("engagement.colour", "red"));
    }

    @Test
    void withOverrides_wrongUnit_saysWhichUnitsFit() {
        assertEquals("csto.decisionDelay: expected a duration with a unit (min, h, d), found a distance '5 km'",
                problem("csto.decisionDelay", "5 km"));
    }

    @Test
    void withOverrides_bareNumberForADuration_asksForAUnit() {
        assertEquals("csto.decisionDelay: expected a duration with a unit (min, h, d), found bare number 5",
                problem("csto.decisionDelay", "5"));
    }

    @Test
    void withOverrides_outOfTheKeysRange_givesTheRange() {
        assertEquals("csto.decisionDelay: expected a value from 0 h to 8760 h, found 9000 h",
                problem("csto.decisionDelay", "9000 h"));
    }

    @Test
    void withOverrides_problemInsideAnItemByIdentity_isNamedByTheIdentity() {
        assertEquals("posts[tj-post-west].sensor.probability: expected a value from 0 to 1, found 1.5",
                problem("posts[tj-post-west].sensor.probability", "1.5"));
    }

    @Test
    void withOverrides_unknownItem_listsTheItemsAndSuggests() {
        assertEquals("posts: expected an index from 0 to 5 or the id of an item (tj-post-west, tj-post-gorge, "
                + "tj-post-east, kg-post-batken, kg-post-isfara, tj-post-kgz), found 'tj-post-wst'; did you mean "
                + "'tj-post-west'?",
                problem("posts[tj-post-wst].spacing", "10 km"));
    }

    @Test
    void withOverrides_indexPastTheEnd_givesTheIndices() {
        assertEquals("timeline: expected an index from 0 to 5, found 6", problem("timeline[6].at", "3 h"));
    }

    @Test
    void withOverrides_listWithoutItem_asksForOne() {
        assertEquals("posts: expected [id] or [index] after 'posts', which is a list", problem("posts.spacing", "1 km"));
    }

    @Test
    void withOverrides_pathToAMapping_asksForAValue() {
        assertEquals("csto: expected a path to a single value, found a mapping with keys enabled, members, threshold, "
                + "decisionDelay, contingents", problem("csto", "1"));
    }

    @Test
    void withOverrides_keyAfterAValue_isAProblem() {
        assertEquals("csto.decisionDelay: expected nothing after 'decisionDelay', which is a single value, found "
                + "'.hours'", problem("csto.decisionDelay.hours", "1"));
    }

    @Test
    void withOverrides_malformedPath_showsTheForm() {
        assertEquals(": expected a path of keys separated by dots, such as csto.decisionDelay or "
                + "posts[tj-post-west].sensor.range, found 'posts[].spacing'", problem("posts[].spacing", "1 km"));
    }

    @Test
    void withOverrides_breakingACheckBetweenKeys_isReportedAtTheOverride() {
        assertEquals("timeline[0].wave.stagingArea: expected the id of an entry in stagingAreas (kunduz, takhar, badakhshan, "
                + "khatlon, karategin), found 'nowhere'", problem("timeline[0].wave.stagingArea", "nowhere"));
    }

    @Test
    void parameter_sensorRange_isADistanceInKm() throws ScenarioException {
        ScenarioParameter range = ScenarioLibrary.parameter(barrier(), "posts[tj-post-west].sensor.range");

        assertTrue(range.isNumber());
        assertEquals("km", range.unit());
        assertEquals(Optional.of("3 km"), range.current());
        assertEquals(0.5, range.parse("500 m"));
        assertEquals("2.5 km", range.format(2.5));
    }

    @Test
    void parameter_garrison_isWhole() throws ScenarioException {
        ScenarioParameter garrison = ScenarioLibrary.parameter(barrier(), "posts[tj-post-west].garrison");

        assertTrue(garrison.isWhole());
        assertEquals("12", garrison.format(11.6));
    }

    @Test
    void parameter_engagementMode_hasItsChoices() throws ScenarioException {
        ScenarioParameter mode = ScenarioLibrary.parameter(barrier(), "engagement.mode");

        assertEquals(List.of("stochastic", "deterministic"), mode.choices());
        assertEquals(false, mode.isNumber());
    }

    @Test
    void parameter_parseOutOfRange_namesThePath() throws ScenarioException {
        ScenarioParameter p = ScenarioLibrary.parameter(barrier(), "militants.abortOnDetection");

        ScenarioException e = assertThrows(ScenarioException.class, () -> p.parse("1.2"));

        assertEquals("builtin/barrier-2015.yaml: militants.abortOnDetection: expected a value from 0 to 1, found 1.2",
                e.report());
    }
}
