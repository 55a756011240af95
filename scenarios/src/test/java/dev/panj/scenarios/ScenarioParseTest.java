package dev.panj.scenarios;

import static dev.panj.scenarios.ScenarioText.MINIMAL;
import static dev.panj.scenarios.ScenarioText.config;
import static dev.panj.scenarios.ScenarioText.onlyProblem;
import static dev.panj.scenarios.ScenarioText.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.config.TerrainClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binder, through the public entry point, against the real configuration records. */
class ScenarioParseTest {

    private static final String POST_WITH_SENSOR = MINIMAL + """
            commands: [{country: TJK}]
            posts:
              - id: p
                location: {chainage: 10 km}
                sensor:
            """;

    @Test
    void parse_minimalScenario_appliesDefaults() throws Exception {
        ScenarioConfig config = config(MINIMAL);
        assertEquals("t", config.name());
        assertEquals("", config.description());
        assertEquals("2015-01-01T00:00", config.simulation().start());
        assertEquals(0.25, config.simulation().tick());
        assertEquals(720, config.simulation().duration());
        assertEquals(BorderKind.STRAIGHT, config.geography().border());
        assertEquals(50, config.geography().length());
        assertEquals(25, config.geography().sectorLength());
        assertEquals(TerrainClass.LOWLAND_RIVER, config.geography().inlandTerrain());
        assertEquals(4, config.militants().speed());
        assertEquals(240, config.militants().riskHalfLife());
        assertEquals(0.5, config.detection().nightFactor());
        assertEquals(EngagementMode.STOCHASTIC, config.engagement().mode());
    }

    @Test
    void parse_absentOptionalKeys_areUnset() throws Exception {
        ScenarioConfig config = config(MINIMAL + """
                commands: [{country: TJK}]
                posts:
                  - id: p
                    location: {place: kunduz}
                    sensor: {range: 1 km}
                """);
        var post = config.posts().get(0);
        assertTrue(Double.isNaN(post.from()));
        assertTrue(Double.isNaN(post.location().chainage()));
        assertEquals("kunduz", post.location().place());
        assertTrue(config.arrivals().isEmpty());
        assertTrue(config.geography().terrainBands().isEmpty());
        assertTrue(config(MINIMAL).posts().isEmpty());
    }

    @Test
    void parse_emptySectionsAndNullValues_countAsAbsent() throws Exception {
        ScenarioConfig config = config(MINIMAL + """
                simulation:
                militants: {}
                detection: ~
                engagement: {mode: null}
                """);
        assertEquals(0.25, config.simulation().tick());
        assertEquals(EngagementMode.STOCHASTIC, config.engagement().mode());
    }

    @Test
    void parse_quantitiesWithUnits_areStoredInCanonicalUnits() throws Exception {
        ScenarioConfig config = config(MINIMAL + """
                simulation: {tick: 15 min}
                militants: {speed: 5 m/s, effectiveness: 3 /day}
                commands: [{country: TJK}]
                posts:
                  - id: p
                    location: {chainage: 10 km}
                    sensor: {range: 800 m, probability: 30%}
                """);
        assertEquals(0.25, config.simulation().tick());
        assertEquals(18, config.militants().speed());
        assertEquals(0.125, config.militants().effectiveness());
        assertEquals(0.8, config.posts().get(0).sensor().range());
        assertEquals(0.3, config.posts().get(0).sensor().probability());
    }

    @Test
    void parse_enumValues_useLowercaseHyphens() throws Exception {
        ScenarioConfig config = config(MINIMAL + """
                commands: [{country: TJK}]
                patrols:
                  - {id: a, pattern: stationary, from: 0 km, to: 5 km, speed: 0 km/h,
                     sensor: {model: glimpse-rate, range: 1 km, glimpseRate: 1 /h}}
                """);
        assertEquals(PatrolPattern.STATIONARY, config.patrols().get(0).pattern());
        assertEquals(SensorModel.GLIMPSE_RATE, config.patrols().get(0).sensor().model());
    }

    @Test
    void parse_misspeltKey_suggestsClosest() {
        String yaml = POST_WITH_SENSOR + """
                      range: 1 km
                      rnage: 2 km
                """;
        assertEquals("test.yaml:9:7: posts[0].sensor.rnage: unknown key 'rnage'; did you mean 'range'?",
                onlyProblem(yaml));
    }

    @Test
    void parse_unknownKeyWithNoCloseMatch_listsTheKeys() {
        assertEquals("test.yaml:3:1: colour: unknown key 'colour'; expected one of "
                + String.join(", ", RecordSchema.of(ScenarioConfig.class).names()), onlyProblem(MINIMAL + "colour: red\n"));
    }

    @Test
    void parse_keyInWrongCase_suggestsTheRightCase() {
        assertEquals("test.yaml:3:1: Name: unknown key 'Name'; did you mean 'name'?",
                onlyProblem(MINIMAL + "Name: x\n"));
    }

    @Test
    void parse_bareNumberForDuration_namesTheUnitsThatFit() {
        assertEquals("test.yaml:3:20: simulation.tick: expected a duration with a unit (min, h, d), found bare number 15",
                onlyProblem(MINIMAL + "simulation: {tick: 15}\n"));
    }

    @Test
    void parse_unitOfWrongDimension_namesTheDimensionExpected() {
        assertEquals("test.yaml:3:20: simulation.tick: expected a duration with a unit (min, h, d), "
                + "found a distance '15 km'", onlyProblem(MINIMAL + "simulation: {tick: 15 km}\n"));
    }

    @Test
    void parse_valueAboveMaximum_showsBoundInCanonicalUnit() {
        assertEquals("test.yaml:3:20: simulation.tick: expected a value from 0.01667 h to 2 h, found 180 min (= 3 h)",
                onlyProblem(MINIMAL + "simulation: {tick: 180 min}\n"));
    }

    @Test
    void parse_probabilityAboveOne_isOutOfRange() {
        assertEquals("test.yaml:3:26: detection.nightFactor: expected a value from 0 to 1, found 1.5",
                onlyProblem(MINIMAL + "detection: {nightFactor: 1.5}\n"));
    }

    @Test
    void parse_fractionForWholeNumber_isRejected() {
        assertEquals("test.yaml:3:28: detection.sizeReference: expected a whole number, found 2.5",
                onlyProblem(MINIMAL + "detection: {sizeReference: 2.5}\n"));
    }

    @Test
    void parse_textForNumber_isRejected() {
        assertEquals("test.yaml:3:28: detection.sizeReference: expected a whole number, found 'many'",
                onlyProblem(MINIMAL + "detection: {sizeReference: many}\n"));
    }

    @Test
    void parse_wholeNumberBelowMinimum_isOutOfRange() {
        assertEquals("test.yaml:3:28: detection.sizeReference: expected a value from 1 to 100000, found 0",
                onlyProblem(MINIMAL + "detection: {sizeReference: 0}\n"));
    }

    @Test
    void parse_yesForBoolean_isRejected() {
        String yaml = POST_WITH_SENSOR + """
                      range: 1 km
                      nightVision: yes
                """;
        assertEquals("test.yaml:9:20: posts[0].sensor.nightVision: expected true or false, found 'yes'",
                onlyProblem(yaml));
    }

    @Test
    void parse_unknownEnumValue_listsTheChoices() {
        String yaml = MINIMAL + """
                commands: [{country: TJK}]
                patrols:
                  - id: a
                    pattern: zigzag
                    from: 0 km
                    to: 5 km
                    speed: 4 km/h
                    sensor: {range: 1 km}
                """;
        assertEquals("test.yaml:6:14: patrols[0].pattern: expected one of random, barrier, stationary, found 'zigzag'",
                onlyProblem(yaml));
    }

    @Test
    void parse_enumWithUnderscore_suggestsHyphenatedValue() {
        assertEquals("test.yaml:2:61: geography.inlandTerrain: expected one of lowland-river, gorge, high-mountain, "
                + "found 'lowland_river'; did you mean 'lowland-river'?",
                onlyProblem("name: t\ngeography: {border: straight, length: 50 km, inlandTerrain: lowland_river}\n"));
    }

    @Test
    void parse_mappingWhereScalarExpected_saysWhatWasFound() {
        assertEquals("test.yaml:1:7: name: expected a string, found a mapping",
                onlyProblem("name: {a: 1}\ngeography: {border: straight, length: 50 km}\n"));
    }

    @Test
    void parse_scalarWhereListExpected_saysWhatWasFound() {
        assertEquals("test.yaml:3:8: posts: expected a list of mappings, found 'none'", onlyProblem(MINIMAL + "posts: none\n"));
    }

    @Test
    void parse_missingRequiredKey_reportsFullPath() {
        List<Problem> problems = problems("geography: {border: straight, length: 50 km}\n");
        assertEquals(1, problems.size());
        assertEquals("test.yaml:1:1: name: missing required key 'name'; expected a string", problems.get(0).format());
    }

    @Test
    void parse_missingRequiredKeyInNestedRecord_pointsAtItsMapping() {
        String yaml = POST_WITH_SENSOR.replace("    sensor:\n", "    sensor: {probability: 0.5}\n");
        assertEquals("test.yaml:7:13: posts[0].sensor.range: missing required key 'range'; "
                + "expected a distance with a unit (m, km)", onlyProblem(yaml));
    }

    @Test
    void parse_absentRequiredRecord_reportsItsRequiredKeys() {
        assertEquals("test.yaml:2:12: geography.length: missing key 'length'; expected a distance with a unit (m, km) "
                + "when border is straight", onlyProblem("name: t\ngeography: {border: straight}\n"));
        List<Problem> problems = problems("""
                name: t
                geography: {border: straight, length: 10 km}
                commands: [{country: TJK}]
                posts: [{id: a, location: {chainage: 1 km}}]
                """);
        assertEquals("posts[0].sensor.range", problems.get(0).path());
        assertEquals(4, problems.get(0).line());
    }

    @Test
    void parse_severalMistakes_reportsAllOrderedByLine() {
        String yaml = """
                name: t
                engagement: {mode: fast}
                simulation:
                  tick: 15
                  duration: 2 km
                geography: {border: straight, length: 50 km, sectorLenght: 5 km}
                detection: {nightFactor: 2}
                """;
        List<Problem> problems = problems(yaml);
        assertEquals(List.of(2, 4, 5, 6, 7), problems.stream().map(Problem::line).toList());
        assertEquals(List.of("engagement.mode", "simulation.tick", "simulation.duration", "geography.sectorLenght",
                "detection.nightFactor"), problems.stream().map(Problem::path).toList());
        var e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.parse(yaml, "test.yaml"));
        assertEquals(5, e.report().lines().count());
    }

    @Test
    void parse_mergeKey_sharesAnAnchoredMapping() throws Exception {
        ScenarioConfig config = config(MINIMAL + """
                commands: [{country: TJK}]
                sensorLines:
                  - id: a
                    from: 0 km
                    to: 10 km
                    spacing: 2 km
                    sensor: &eyes {range: 2 km, probability: 0.8}
                  - id: b
                    from: 10 km
                    to: 20 km
                    spacing: 2 km
                    sensor: {<<: *eyes, probability: 0.5}
                """);
        assertEquals(2, config.sensorLines().get(1).sensor().range());
        assertEquals(0.5, config.sensorLines().get(1).sensor().probability());
    }

    @Test
    void parse_emptyListItem_isReported() {
        assertEquals("test.yaml:3:12: terrains[0]: expected a mapping with keys terrain, cover, speedFactor, "
                + "crossingTime, unfordableCrossingTime, fordableMonths, snowboundMonths, defenderAdvantage, "
                + "crossingDifficulty, found an empty list item", onlyProblem(MINIMAL + "terrains: [~]\n"));
    }
}
