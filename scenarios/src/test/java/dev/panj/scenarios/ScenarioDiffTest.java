package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.sim.config.ScenarioConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code panj scenarios diff}: the parameters that differ after resolution. */
class ScenarioDiffTest {

    /** Two posts and two commands, identified by id and by country. */
    private static final String BASE = ScenarioText.MINIMAL + """
            commands: [{country: TJK}, {country: KGZ}]
            posts:
              - {id: a, location: {chainage: 10 km}, sensor: {range: 1 km}}
              - {id: b, location: {chainage: 20 km}, sensor: {range: 1 km}}
            """;

    @Test
    void diff_sameScenario_isEmpty() throws Exception {
        assertEquals(List.of(), diff(BASE, BASE));
    }

    @Test
    void diff_nameAndDescription_areNotParameters() throws Exception {
        assertEquals(List.of(), diff(BASE, BASE.replace("name: t", "name: u\ndescription: other")));
    }

    @Test
    void diff_changedValue_isOneLineInCanonicalUnits() throws Exception {
        assertEquals(List.of("simulation.tick: 0.25 h → 0.5 h"), diff(BASE, BASE + "simulation: {tick: 30 min}\n"));
    }

    @Test
    void diff_valueSetOnOneSideOnly_showsUnset() throws Exception {
        assertEquals(List.of("commands[KGZ].improvedProcessingDelay: (unset) → 0.5 h"),
                diff(BASE, BASE.replace("{country: KGZ}", "{country: KGZ, improvedProcessingDelay: 30 min}")));
    }

    @Test
    void diff_itemRemoved_isOneLineAndLaterItemsAreNotShifted() throws Exception {
        String without = BASE.replace("  - {id: a, location: {chainage: 10 km}, sensor: {range: 1 km}}\n", "");
        assertEquals(List.of("posts[a]: {id: a, country: TJK, location: {chainage: 10 km, offset: 0 km}, offset: 0.5 km, "
                + "garrison: 20, sensor: {model: definite-range, range: 1 km, probability: 1, glimpseRate: 0 /h, "
                + "nightVision: false}, reportDelay: 0.5 h, corruption: 0, bribeMaxGroupSize: 5, "
                + "effectiveness: 0.1 /h, breakpoint: 0.5} → (none)"),
                diff(BASE, without));
    }

    @Test
    void diff_itemChanged_isNamedByItsId() throws Exception {
        assertEquals(List.of("posts[b].sensor.range: 1 km → 2 km"),
                diff(BASE, BASE.replace("chainage: 20 km}, sensor: {range: 1 km}", "chainage: 20 km}, sensor: {range: 2 km}")));
    }

    @Test
    void diff_itemsWithoutIdentity_areMatchedByPosition() throws Exception {
        String a = ScenarioText.MINIMAL + "timeline: [{at: 1 h, cooperation: {improved: true}}]\n";
        String b = ScenarioText.MINIMAL + "timeline: [{at: 2 h, cooperation: {improved: true}}, "
                + "{at: 3 h, cooperation: {improved: false}}]\n";
        assertEquals(List.of("timeline[0].at: 1 h → 2 h",
                "timeline[1]: (none) → {at: 3 h, label: \"\", cooperation: {improved: false}}"), diff(a, b));
    }

    @Test
    void diff_sharingLinks_areNamedByBothCountries() throws Exception {
        String a = BASE + "cooperation: {links: [{from: TJK, to: KGZ, probability: 0.3, delay: 6 h}]}\n";
        assertEquals(List.of("cooperation.links[from=TJK,to=KGZ].probability: 0.3 → 0.9"),
                diff(a, a.replace("probability: 0.3", "probability: 0.9")));
    }

    private static List<String> diff(String a, String b) throws ScenarioException {
        ScenarioConfig left = ScenarioLibrary.parse(a, "a.yaml").config();
        ScenarioConfig right = ScenarioLibrary.parse(b, "b.yaml").config();
        return ScenarioLibrary.differences(left, right);
    }
}
