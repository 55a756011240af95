package dev.panj.scenarios;

import static dev.panj.scenarios.ScenarioText.config;
import static dev.panj.scenarios.ScenarioText.onlyProblem;
import static dev.panj.scenarios.ScenarioText.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.sim.config.ScenarioConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moments, the timeline's actions and references, borders, and the checks between countries. */
class TimelineAndCoalitionTest {

    /** Lines 1-9: a straight border starting 2015-07-22, a camp, a town, a crossing and two commands. */
    private static final String BASE = """
            name: t
            geography: {border: straight, length: 50 km}
            simulation: {start: 2015-07-22T00:00}
            stagingAreas: [{id: camp, location: {chainage: 10 km, offset: -5 km}}]
            objectives: [{id: town, location: {chainage: 20 km, offset: 8 km}}]
            civilians:
              crossings: [{id: bridge, location: {chainage: 30 km}}]
            commands: [{country: TJK}, {country: KGZ}]
            csto: {enabled: true, members: [TJK, KGZ]}
            """;

    @Test
    void at_dateTime_isHoursAfterTheStart() throws Exception {
        ScenarioConfig config = config(BASE + "timeline: [{at: 2015-07-23T06:30, cooperation: {improved: true}}]\n");
        assertEquals(30.5, config.timeline().get(0).at());
    }

    @Test
    void at_offset_isHours() throws Exception {
        ScenarioConfig config = config(BASE + "timeline: [{at: 2 d, cooperation: {improved: true}}]\n");
        assertEquals(48, config.timeline().get(0).at());
    }

    @Test
    void at_dateTimeWithTheDefaultStart_isPlacedAfterIt() throws Exception {
        ScenarioConfig config = config(ScenarioText.MINIMAL
                + "timeline: [{at: 2015-01-02T00:00, cooperation: {improved: true}}]\n");
        assertEquals(24, config.timeline().get(0).at());
    }

    @Test
    void at_bareNumber_namesWhatFits() {
        assertEquals("test.yaml:10:17: timeline[0].at: expected an offset from the start with a unit (min, h, d) or a "
                + "date-time such as 2015-07-22T06:00, found bare number 12",
                onlyProblem(BASE + "timeline: [{at: 12, cooperation: {improved: true}}]\n"));
    }

    @Test
    void at_badDateTime_isReported() {
        assertEquals("test.yaml:10:17: timeline[0].at: expected a date-time such as 2015-07-22T06:00, found "
                + "'2015-07-32T06:00'", onlyProblem(BASE
                + "timeline: [{at: 2015-07-32T06:00, cooperation: {improved: true}}]\n"));
    }

    @Test
    void at_dateTimeWithAnInvalidStart_saysTheStartIsNeeded() {
        List<String> problems = problems(BASE.replace("2015-07-22T00:00", "22.07.2015")
                + "timeline: [{at: 2015-07-23T06:00, cooperation: {improved: true}}]\n")
                .stream().map(Problem::format).toList();
        assertEquals(List.of("test.yaml:3:21: simulation.start: expected an ISO local date-time such as "
                + "2015-07-22T00:00, found '22.07.2015'", "test.yaml:10:17: timeline[0].at: expected a valid "
                + "simulation.start to place the date-time '2015-07-23T06:00', found none (or write an offset from "
                + "the start such as 12 h)"), problems);
    }

    @Test
    void timeline_unknownCrossingToClose_suggestsTheCrossing() {
        assertEquals("test.yaml:10:51: timeline[0].closeCrossings.crossings[0]: expected the id of an entry in "
                + "civilians.crossings (bridge), found 'brige'; did you mean 'bridge'?",
                onlyProblem(BASE + "timeline: [{at: 1 h, closeCrossings: {crossings: [brige]}}]\n"));
    }

    @Test
    void timeline_massCrossingWithNoCrossings_isReported() {
        assertEquals("test.yaml:10:48: timeline[0].massCrossing.crossings: expected the ids of one or more official "
                + "crossings, found an empty list",
                onlyProblem(BASE + "timeline: [{at: 1 h, massCrossing: {crossings: [], people: 10}}]\n"));
    }

    @Test
    void timeline_cstoRequestFromANonMember_isReported() {
        assertEquals("test.yaml:10:45: timeline[0].cstoRequest.country: expected a member of csto.members (TJK, KGZ), "
                + "found 'UZB'", onlyProblem(BASE + "timeline: [{at: 1 h, cstoRequest: {country: UZB}}]\n"));
    }

    @Test
    void timeline_waveReferences_areChecked() {
        List<String> paths = problems(BASE + """
                timeline:
                  - at: 1 h
                    wave: {stagingArea: cmap, groups: 1, group: {objective: twon, viaCrossing: brdge, borders: [X]}}
                """).stream().map(p -> p.path() + ": " + p.message()).toList();
        assertEquals(List.of(
                "timeline[0].wave.stagingArea: expected the id of an entry in stagingAreas (camp), found 'cmap'; "
                        + "did you mean 'camp'?",
                "timeline[0].wave.group.objective: expected the id of an entry in objectives (town), found 'twon'; "
                        + "did you mean 'town'?",
                "timeline[0].wave.group.viaCrossing: expected the id of an entry in civilians.crossings (bridge), "
                        + "found 'brdge'; did you mean 'bridge'?",
                "timeline[0].wave.group.borders[0]: expected geography.borderId or the borderId of an entry in "
                        + "geography.extraBorders (AFG-TJK), found 'X'"), paths);
    }

    @Test
    void timeline_reinforcementWithTheIdOfAUnit_isReported() {
        assertEquals("timeline[0].reinforcement.id: expected a unique id, found 'qru' again (first at "
                + "reactionUnits[0], line 10)", pathAndMessage(BASE + """
                reactionUnits: [{id: qru, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}]
                timeline:
                  - {at: 1 h, reinforcement: {id: qru, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}}
                """));
    }

    @Test
    void geography_extraBordersOnAStraightBorder_areReported() {
        assertEquals("geography.extraBorders: expected no extraBorders with border straight (they are Natural Earth "
                + "lines), found 1", pathAndMessage(BASE.replace("length: 50 km}",
                "length: 50 km, extraBorders: [{borderId: TJK-KGZ}]}")));
    }

    @Test
    void geography_unknownExtraBorder_suggestsTheClosest() {
        String message = pathAndMessage("name: t\ngeography: {extraBorders: [{borderId: TJK-KZG}]}\n");
        assertEquals("geography.extraBorders[0].borderId: expected one of ", message.substring(0, 52));
        assertEquals("found 'TJK-KZG'; did you mean 'TJK-KGZ'?", message.substring(message.indexOf("found")));
    }

    @Test
    void geography_extraBorderRepeatingThePrimary_isReported() {
        assertEquals("geography.extraBorders[0].borderId: expected a border other than geography.borderId, found "
                + "'AFG-TJK' again", pathAndMessage("name: t\ngeography: {extraBorders: [{borderId: AFG-TJK}]}\n"));
    }

    @Test
    void posts_borderThatIsNotListed_isReported() {
        assertEquals("posts[0].border: expected geography.borderId or the borderId of an entry in "
                + "geography.extraBorders (AFG-TJK, TJK-KGZ), found 'TJK-UZB'", pathAndMessage("""
                name: t
                geography: {extraBorders: [{borderId: TJK-KGZ}]}
                commands: [{country: TJK}]
                posts: [{id: p, border: TJK-UZB, location: {chainage: 5 km}, sensor: {range: 1 km}}]
                """));
    }

    @Test
    void cooperation_linkToItself_isReported() {
        assertEquals("cooperation.links[0].to: expected a to other than the from (TJK), found 'TJK'", pathAndMessage(
                BASE + "cooperation: {links: [{from: TJK, to: TJK, probability: 1, delay: 1 h}]}\n"));
    }

    @Test
    void cooperation_sameLinkTwice_isReported() {
        assertEquals("cooperation.links[1]: expected a unique pair of from and to, found 'TJK to KGZ' again (first at "
                + "cooperation.links[0], line 11)", pathAndMessage(BASE + """
                cooperation:
                  links: [{from: TJK, to: KGZ, probability: 1, delay: 1 h}, {from: TJK, to: KGZ, probability: 0.5, delay: 2 h}]
                """));
    }

    @Test
    void cooperation_linkToACountryWithoutCommand_isReported() {
        assertEquals("cooperation.links[0].to: expected an entry in commands for country 'UZB', found none (commands "
                + "has TJK, KGZ)", pathAndMessage(BASE
                + "cooperation: {links: [{from: TJK, to: UZB, probability: 1, delay: 1 h}]}\n"));
    }

    @Test
    void bilateralHelp_providerWithoutUnits_isReported() {
        assertEquals("bilateralHelp[0].provider: expected a country with reaction units to lend, found 'RUS', but "
                + "reactionUnits is empty", pathAndMessage(BASE + "bilateralHelp: [{requester: TJK, provider: RUS}]\n"));
    }

    @Test
    void bilateralHelp_unitsOfAnotherCountry_areReported() {
        assertEquals("bilateralHelp[0].units[0]: expected the id of a reaction unit of 'RUS' (ru-1), found 'tj-1'; "
                + "did you mean 'ru-1'?",
                pathAndMessage(BASE + """
                reactionUnits:
                  - {id: tj-1, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}
                  - {id: ru-1, country: RUS, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}
                bilateralHelp: [{requester: TJK, provider: RUS, units: [tj-1]}]
                """));
    }

    @Test
    void bilateralHelp_providerUnitsWithoutCommand_areAllowed() throws Exception {
        ScenarioConfig config = config(BASE + """
                reactionUnits: [{id: ru-1, country: RUS, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}]
                bilateralHelp: [{requester: TJK, provider: RUS}]
                """);
        assertEquals("RUS", config.bilateralHelp().get(0).provider());
    }

    @Test
    void bilateralHelp_requesterWithoutCommand_isReported() {
        assertEquals("bilateralHelp[0].requester: expected an entry in commands for country 'UZB', found none "
                + "(commands has TJK, KGZ)", pathAndMessage(BASE + """
                reactionUnits: [{id: ru-1, country: RUS, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}]
                bilateralHelp: [{requester: UZB, provider: RUS}]
                """));
    }

    @Test
    void csto_membersWithoutCommands_andContingentsAreAllowed() throws Exception {
        ScenarioConfig config = config(BASE.replace("members: [TJK, KGZ]", "members: [TJK, KGZ, KAZ, RUS],"
                + " contingents: [{country: RUS, pledged: 100, deployed: 50, airbase: {place: dushanbe}}]"));
        assertEquals(4, config.csto().members().size());
    }

    @Test
    void csto_repeatedContingent_isReported() {
        assertEquals("csto.contingents[1].country: expected a unique country, found 'RUS' again (first at "
                + "csto.contingents[0], line 12)", pathAndMessage(BASE.replace("csto: {enabled: true, members: [TJK, KGZ]}\n",
                """
                csto:
                  enabled: true
                  contingents:
                    - {country: RUS, pledged: 100, deployed: 50, airbase: {place: dushanbe}}
                    - {country: RUS, pledged: 100, deployed: 50, airbase: {place: kant}}
                """)));
    }

    @Test
    void csto_contingentDeployingMoreThanItPledged_isReported() {
        assertEquals("csto.contingents[0].deployed: expected at most the 300 personnel KGZ pledged (pledged), found 600",
                pathAndMessage(BASE.replace("csto: {enabled: true, members: [TJK, KGZ]}\n", """
                csto:
                  enabled: true
                  contingents:
                    - {country: KGZ, pledged: 300, deployed: 600, airbase: {place: dushanbe}}
                """)));
    }

    @Test
    void civilians_flowToAnUnknownCrossing_isReported() {
        assertEquals("civilians.flows[0].crossing: expected the id of an entry in civilians.crossings (bridge), found "
                + "'ford'", pathAndMessage(BASE.replace("  crossings: [{id: bridge, location: {chainage: 30 km}}]\n",
                "  crossings: [{id: bridge, location: {chainage: 30 km}}]\n  flows: [{crossing: ford, rate: 5 /h}]\n")));
    }

    private static String pathAndMessage(String yaml) {
        List<Problem> problems = problems(yaml);
        assertEquals(1, problems.size(), () -> new ScenarioException(problems).report());
        return problems.get(0).path() + ": " + problems.get(0).message();
    }
}
