package dev.panj.scenarios;

import static dev.panj.scenarios.ScenarioText.MINIMAL;
import static dev.panj.scenarios.ScenarioText.onlyProblem;
import static dev.panj.scenarios.ScenarioText.problems;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks between keys, reported in the same report as binding problems. */
class ScenarioValidatorTest {

    /** Lines 1-6: a straight 50 km border, staging area "camp" and objective "town". */
    private static final String BASE = MINIMAL + """
            stagingAreas:
              - {id: camp, location: {place: kunduz}}
            objectives:
              - {id: town, location: {place: dushanbe}}
            """;

    private static final String SENSOR_LINE = "sensor: {range: 1 km}";

    @Test
    void validate_richScenario_hasNoProblems() {
        assertDoesNotThrow(() -> ScenarioLibrary.parse(ScenarioText.resource("rich.yaml"), "rich.yaml"));
    }

    @Test
    void validate_emptyName_isRejected() {
        assertEquals("test.yaml:1:7: name: expected a short name such as border-2016, found an empty name",
                onlyProblem(MINIMAL.replace("name: t", "name: \"\"")));
    }

    @Test
    void validate_nameOf300Characters_isRejectedBeforeAnythingRuns() {
        String name = "a".repeat(300);
        String problem = onlyProblem(MINIMAL.replace("name: t", "name: " + name));
        assertEquals("test.yaml:1:7: name: expected a name of at most 100 characters, found one of 300 ('"
                + Nodes.shorten(name) + "')", problem);
    }

    @Test
    void validate_repeatedId_pointsAtTheFirst() {
        assertEquals("test.yaml:5:10: stagingAreas[1].id: expected a unique id, found 'camp' again "
                + "(first at stagingAreas[0], line 4)",
                onlyProblem(BASE.replace("objectives:", "  - {id: camp, location: {place: takhar}}\nobjectives:")));
    }

    @Test
    void validate_unknownStagingArea_suggestsClosest() {
        assertEquals("test.yaml:8:18: arrivals[0].stagingArea: expected the id of an entry in stagingAreas (camp), "
                + "found 'cmap'; did you mean 'camp'?", onlyProblem(BASE + """
                arrivals:
                  - stagingArea: cmap
                    rate: 1 /day
                    group: {objective: town}
                """));
    }

    @Test
    void validate_unknownObjectiveInWave_isReported() {
        assertEquals("test.yaml:8:71: timeline[0].wave.group.objective: expected the id of an entry in objectives "
                + "(town), found 'city'", onlyProblem(BASE + """
                timeline:
                  - {at: 1 h, wave: {stagingArea: camp, groups: 2, group: {objective: city}}}
                """));
    }

    @Test
    void validate_referenceWithNoEntries_saysTheListIsEmpty() {
        assertEquals("test.yaml:4:18: arrivals[0].stagingArea: expected the id of an entry in stagingAreas, "
                + "found 'camp', but stagingAreas is empty", problems(MINIMAL + """
                arrivals:
                  - stagingArea: camp
                    rate: 1 /day
                    group: {objective: town}
                """).get(0).format());
    }

    @Test
    void validate_locationGivenTwoWays_isReported() {
        assertEquals("test.yaml:4:26: stagingAreas[0].location: expected exactly one of place, lon and lat, "
                + "or chainage, found place and chainage",
                onlyProblem(BASE.replace("{place: kunduz}", "{place: kunduz, chainage: 3 km}")));
    }

    @Test
    void validate_locationGivenNoWay_isReported() {
        assertEquals("test.yaml:4:26: stagingAreas[0].location: expected exactly one of place, lon and lat, "
                + "or chainage, found none", onlyProblem(BASE.replace("{place: kunduz}", "{}")));
    }

    @Test
    void validate_lonWithoutLat_isReported() {
        assertEquals("test.yaml:4:32: stagingAreas[0].location.lon: expected lon and lat together, found only lon",
                onlyProblem(BASE.replace("{place: kunduz}", "{lon: 69}")));
    }

    @Test
    void validate_unknownPlace_suggestsClosest() {
        String problem = onlyProblem(BASE.replace("{place: kunduz}", "{place: kundus}"));
        assertEquals("test.yaml:4:34: stagingAreas[0].location.place: expected a built-in place (",
                problem.substring(0, problem.indexOf('(') + 1));
        assertEquals("), found 'kundus'; did you mean 'kunduz'?", problem.substring(problem.lastIndexOf(')')));
    }

    @Test
    void validate_offsetWithPlace_isReported() {
        assertEquals("test.yaml:4:50: stagingAreas[0].location.offset: expected offset 0 for a location given by "
                + "place (an offset applies only to a chainage), found 2 km",
                onlyProblem(BASE.replace("{place: kunduz}", "{place: kunduz, offset: 2 km}")));
    }

    @Test
    void validate_chainageBeyondStraightBorder_isReported() {
        assertEquals("test.yaml:4:37: stagingAreas[0].location.chainage: expected a chainage on the border "
                + "(0 to 50 km), found 60 km", onlyProblem(BASE.replace("{place: kunduz}", "{chainage: 60 km}")));
    }

    @Test
    void validate_bandRunningBackwards_isReported() {
        assertEquals("test.yaml:5:36: geography.terrainBands[0].to: expected to greater than from (20 km), found 10 km",
                onlyProblem("""
                name: t
                geography:
                  border: straight
                  length: 50 km
                  terrainBands: [{from: 20 km, to: 10 km, terrain: gorge}]
                """));
    }

    @Test
    void validate_overlappingBands_areReported() {
        assertEquals("test.yaml:7:7: geography.terrainBands[1]: expected bands that do not overlap, found 15 km to "
                + "30 km overlapping geography.terrainBands[0] (0 km to 20 km)", onlyProblem("""
                name: t
                geography:
                  border: straight
                  length: 50 km
                  terrainBands:
                    - {from: 0 km, to: 20 km, terrain: gorge}
                    - {from: 15 km, to: 30 km, terrain: high-mountain}
                """));
    }

    @Test
    void validate_groupSizesReversed_isReported() {
        assertEquals("test.yaml:9:88: timeline[0].wave.group.sizeMax: expected sizeMax at least sizeMin (9), found 3",
                onlyProblem(BASE + """
                timeline:
                  - at: 1 h
                    wave: {stagingArea: camp, groups: 2, group: {objective: town, sizeMin: 9, sizeMax: 3}}
                """));
    }

    @Test
    void validate_crossingRangeReversed_isReported() {
        List<Problem> problems = problems(BASE + """
                timeline:
                  - at: 1 h
                    wave:
                      stagingArea: camp
                      groups: 2
                      group: {objective: town, crossingFrom: 30 km, crossingTo: 20 km}
                """);
        assertEquals(List.of("timeline[0].wave.group.crossingTo: expected crossingTo greater than crossingFrom (30 km), "
                + "found 20 km"), problems.stream().map(p -> p.path() + ": " + p.message()).toList());
    }

    @Test
    void validate_postWithLocationAndSeries_isReported() {
        assertEquals("test.yaml:9:5: posts[0]: expected either location or from, to and spacing, found location and "
                + "from", onlyProblem(BASE + """
                commands: [{country: TJK}]
                posts:
                  - id: p
                    location: {chainage: 5 km}
                    from: 0 km
                """ + "    " + SENSOR_LINE + "\n"));
    }

    @Test
    void validate_incompleteSeries_namesWhatIsMissing() {
        assertEquals("posts[0]: expected from, to and spacing for a series of posts, found no spacing",
                pathAndMessage(BASE + """
                commands: [{country: TJK}]
                posts:
                  - {id: p, from: 0 km, to: 10 km, sensor: {range: 1 km}}
                """));
    }

    @Test
    void validate_postWithNeitherLocationNorSeries_isReported() {
        assertEquals("posts[0]: expected either location (a single post) or from, to and spacing (a series), "
                + "found neither", pathAndMessage(BASE + """
                commands: [{country: TJK}]
                posts:
                  - {id: p, sensor: {range: 1 km}}
                """));
    }

    @Test
    void validate_patrolStretchBackwards_isReported() {
        assertEquals("patrols[0].to: expected to greater than from (10 km), found 10 km", pathAndMessage(BASE + """
                commands: [{country: TJK}]
                patrols:
                  - {id: a, from: 10 km, to: 10 km, speed: 4 km/h, sensor: {range: 1 km}}
                """));
    }

    @Test
    void validate_repeatedTerrainClass_isReported() {
        assertEquals("terrains[1].terrain: expected a unique terrain, found 'gorge' again (first at terrains[0], line 4)",
                pathAndMessage(MINIMAL + """
                terrains:
                  - {terrain: gorge}
                  - {terrain: gorge, cover: 0.5}
                """));
    }

    @Test
    void validate_monthThirteen_isReported() {
        assertEquals("test.yaml:3:54: terrains[0].fordableMonths[2]: expected a month from 1 to 12, found 13",
                onlyProblem(MINIMAL + "terrains: [{terrain: gorge, fordableMonths: [11, 12, 13]}]\n"));
    }

    @Test
    void validate_unknownBorderId_suggestsClosest() {
        assertEquals("geography.borderId: expected one of AFG-CHN, AFG-TJK, AFG-TKM, AFG-UZB, KGZ-CHN, TJK-CHN, "
                + "TJK-KGZ, TJK-UZB, UZB-KGZ, found 'AFG-TJL'; did you mean 'AFG-TJK'?",
                pathAndMessage("name: t\ngeography: {borderId: AFG-TJL}\n"));
    }

    @Test
    void validate_lengthWithNaturalEarthBorder_isReported() {
        assertEquals("geography.length: expected no length with border natural-earth (the line's own length is used), "
                + "found 50 km", pathAndMessage("name: t\ngeography: {length: 50 km}\n"));
    }

    @Test
    void validate_startNotIsoDateTime_isReported() {
        assertEquals("test.yaml:3:21: simulation.start: expected an ISO local date-time such as 2015-07-22T00:00, "
                + "found '22.07.2015'", onlyProblem(MINIMAL + "simulation: {start: 22.07.2015}\n"));
    }

    @Test
    void validate_countryWithoutCommand_isReportedAtItsFirstUser() {
        List<Problem> problems = problems(BASE + """
                commands: [{country: TJK}]
                reactionUnits:
                  - {id: u, country: KGZ, base: {place: kant}, strength: 10, speed: 50 km/h}
                posts:
                  - {id: p, country: KGZ, location: {place: kunduz}, sensor: {range: 1 km}}
                  - {id: q, country: UZB, location: {place: kunduz}, sensor: {range: 1 km}}
                """);
        assertEquals(List.of(
                "test.yaml:11:22: posts[0].country: expected an entry in commands for country 'KGZ', found none "
                        + "(commands has TJK)",
                "test.yaml:12:22: posts[1].country: expected an entry in commands for country 'UZB', found none "
                        + "(commands has TJK)"), problems.stream().map(Problem::format).toList());
    }

    @Test
    void validate_defaultCountryWithNoCommands_isReported() {
        assertEquals("test.yaml:3:15: sensorLines[0].country: expected an entry in commands for country 'TJK', "
                + "found none (commands is empty)", onlyProblem(MINIMAL
                + "sensorLines: [{id: s, from: 0 km, to: 9 km, spacing: 1 km, sensor: {range: 1 km}}]\n"));
    }

    @Test
    void validate_glimpseRateModelWithZeroRate_isReported() {
        assertEquals("sensorLines[0].sensor.glimpseRate: expected a glimpseRate above 0 /h with model glimpse-rate, "
                + "found 0 /h (the sensor would never detect)", pathAndMessage(MINIMAL + """
                commands: [{country: TJK}]
                sensorLines:
                  - {id: s, from: 0 km, to: 9 km, spacing: 1 km, sensor: {model: glimpse-rate, range: 1 km}}
                """));
    }

    @Test
    void validate_valueThatFailedToBind_isNotReportedAgain() {
        assertEquals(List.of("timeline[0].wave.group.sizeMax: expected a whole number, found 'ten'"),
                problems(BASE + """
                timeline:
                  - {at: 1 h, wave: {stagingArea: camp, groups: 2, group: {objective: town, sizeMin: 9, sizeMax: ten}}}
                """).stream().map(p -> p.path() + ": " + p.message()).toList());
    }

    @Test
    void validate_bindingAndCrossFieldProblems_shareOneReport() {
        List<Problem> problems = problems(BASE + """
                arrivals:
                  - {stagingArea: nowhere, rate: 1 /day, group: {objective: town}}
                detection: {nightFactr: 0.3}
                """);
        assertEquals(List.of("arrivals[0].stagingArea", "detection.nightFactr"),
                problems.stream().map(Problem::path).toList());
    }

    private static String pathAndMessage(String yaml) {
        List<Problem> problems = problems(yaml);
        assertEquals(1, problems.size(), () -> new ScenarioException(problems).report());
        return problems.get(0).path() + ": " + problems.get(0).message();
    }
}
