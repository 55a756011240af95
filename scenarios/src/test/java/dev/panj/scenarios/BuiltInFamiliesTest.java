package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.ScenarioConfig;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in families isolate one change per scenario: each member differs from its parent only in the keys
 * of the change its name says (checked on the resolved parameters, as {@code panj scenarios diff} lists them).
 */
class BuiltInFamiliesTest {

    private static ScenarioConfig load(String name) throws ScenarioException {
        return ScenarioLibrary.load(name).config();
    }

    private static List<String> diff(String from, String to) throws ScenarioException {
        return ScenarioLibrary.differences(load(from), load(to));
    }

    private static void onlyMatching(List<String> lines, String regex, String what) {
        assertFalse(lines.isEmpty(), "no difference at all, expected " + what);
        Pattern p = Pattern.compile(regex);
        for (String line : lines) {
            assertTrue(p.matcher(line).matches(), "not " + what + ": " + line + " (all: " + lines + ")");
        }
    }

    @Test
    void cooperation_changesOnlyTheCooperation() throws Exception {
        List<String> lines = diff("barrier-2015-national", "barrier-2015-cooperation");
        onlyMatching(lines, "cooperation\\..*", "a co-operation key");
        assertTrue(lines.contains("cooperation.improved: false → true"), lines.toString());
    }

    @Test
    void advisers_changeOnlyTheKyrgyzAndTajikCommands() throws Exception {
        List<String> lines = diff("barrier-2015-national", "barrier-2015-advisers");
        onlyMatching(lines, "commands\\[(KGZ|TJK)\\]\\.(processingDelay|improvedProcessingDelay|trackLossRate): .*",
                "a command's delay or track-loss rate");
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.contains("commands[KGZ].trackLossRate: 0.2 /h → 0.13 /h"), lines.toString());
    }

    @Test
    void russianCombat_addsOnlyRussianUnitsTheirCommandAndTheHelp() throws Exception {
        List<String> lines = diff("barrier-2015-national", "barrier-2015-russian-combat");
        onlyMatching(lines, "(reactionUnits\\[ru-[a-z0-9-]+\\]|commands\\[RUS\\]|bilateralHelp)[.:\\[].*",
                "a Russian unit, the Russian command or bilateral help");
        ScenarioConfig combat = load("barrier-2015-russian-combat");
        assertEquals(3, combat.reactionUnits().stream().filter(u -> u.country().equals("RUS")).count());
    }

    @Test
    void barrier2015_isCooperationPlusTheSameAdvisers_andNoRussianTroops() throws Exception {
        assertEquals(diff("barrier-2015-national", "barrier-2015-advisers"),
                diff("barrier-2015-cooperation", "barrier-2015"));
        ScenarioConfig exercise = load("barrier-2015");
        assertTrue(exercise.reactionUnits().stream().noneMatch(u -> u.country().equals("RUS")),
                "barrier-2015 has Russian combat units");
        assertTrue(exercise.bilateralHelp().isEmpty());
        assertTrue(load("barrier-2015-national").reactionUnits().stream().noneMatch(u -> u.country().equals("RUS")));
    }

    @Test
    void busyBorder_addsOnlyTheTraffic() throws Exception {
        List<String> lines = diff("barrier-2015", "busy-border");
        onlyMatching(lines, "(traffic[.:\\[]|name:|description:).*", "a traffic key");
        assertTrue(load("barrier-2015").traffic() == null);
        assertEquals(4, load("busy-border").traffic().flows().size());
    }

    @Test
    void cstoPaperTiger_addsOnlyTheCsto() throws Exception {
        onlyMatching(diff("csto-absent", "csto-paper-tiger"), "csto\\..*", "a CSTO key");
        assertFalse(load("csto-absent").csto().enabled());
    }

    @Test
    void cstoRapid_changesOnlyTheCstoSpeed() throws Exception {
        List<String> lines = diff("csto-paper-tiger", "csto-rapid");
        onlyMatching(lines, "csto\\.(decisionDelay|contingents\\[[A-Z]+\\]\\.(readiness|mobilisationDelay|unreadyDelay)): .*",
                "the CSTO's decision time or a contingent's readiness and delays");
        assertTrue(lines.contains("csto.decisionDelay: 168 h → 12 h"), lines.toString());
    }

    @Test
    void cstoIncursion_lastsTheWholeRun() throws Exception {
        ScenarioConfig c = load("csto-absent");
        double lastGroup = c.timeline().stream().filter(e -> e.wave() != null)
                .mapToDouble(e -> e.at() + (e.wave().groups() - 1) * e.wave().interval()).max().orElseThrow();
        assertTrue(lastGroup >= c.simulation().duration() - 48,
                "the last wave group starts at " + lastGroup + " h, the run ends at " + c.simulation().duration() + " h");
    }
}
