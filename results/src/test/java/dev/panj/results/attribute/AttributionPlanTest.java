package dev.panj.results.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.TestScenarios;
import dev.panj.scenarios.ChangeSet;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioChanges;
import dev.panj.scenarios.ScenarioLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells built and checked like scenario files; changes that cannot stand alone merged, or refused with a hint. */
class AttributionPlanTest {
    private static final String HELP_COMMANDS = TestScenarios.straightBorderYaml()
            .replace("commands:\n  - country: TJK", "commands:\n  - country: TJK\n  - country: RUS");
    private static final String RU_1 = "  - {id: ru-1, country: RUS, base: {chainage: 5 km, offset: 10 km}, strength: 20, "
            + "speed: 40 km/h}\n";
    private static final String RU_2 = RU_1.replace("ru-1", "ru-2");

    static AttributionPlan plan(LoadedScenario base, LoadedScenario target, int permutations) throws Exception {
        ChangeSet set = ScenarioChanges.between(base, target);
        return AttributionPlan.build(set, set.group(List.of()), permutations, 1);
    }

    @Test
    void build_cooperationAndRussianHelp_isAFullFactorialOfItsFiveItems_fromBaseToTarget() throws Exception {
        // Co-operation and Russian combat help switched on together (test pair, see the files).
        LoadedScenario national = ScenarioLibrary.load("src/test/resources/dev/panj/results/attribution/help-national.yaml");
        LoadedScenario joint = ScenarioLibrary.load("src/test/resources/dev/panj/results/attribution/help-joint.yaml");

        AttributionPlan plan = plan(national, joint, 32);

        assertEquals(5, plan.changes().size());
        assertEquals(AttributionDesign.Kind.FACTORIAL, plan.design().kind());
        assertEquals(32, plan.cells().size());
        assertEquals(national.sha256(), plan.cells().get(0).sha256());
        assertEquals(joint.sha256(), plan.cells().get(31).sha256());
        assertEquals(List.of(), plan.merges());
        assertEquals(32, plan.cells().stream().map(Cell::sha256).distinct().count());
    }

    @Test
    void build_helpNamingAUnitThatAnotherChangeAdds_mergesThemAndSaysWhy() throws Exception {
        LoadedScenario base = TestScenarios.parse(HELP_COMMANDS);
        LoadedScenario target = TestScenarios.parse(HELP_COMMANDS.replace("probability: 0.6", "probability: 0.9")
                + "  - {id: ru-1, country: RUS, base: {chainage: 5 km, offset: 10 km}, strength: 20, speed: 40 km/h}\n"
                + "bilateralHelp: [{requester: TJK, provider: RUS, units: [ru-1]}]\n");

        AttributionPlan plan = plan(base, target, 32);

        assertEquals(List.of("sensorLines[river-line]", "reactionUnits[ru-1] + bilateralHelp[requester=TJK,provider=RUS]"),
                plan.changes().stream().map(Change::name).toList());
        assertEquals(Change.MERGED, plan.changes().get(1).source());
        assertEquals(List.of("reactionUnits[ru-1] and bilateralHelp[requester=TJK,provider=RUS] are applied together: "
                + "bilateralHelp[requester=TJK,provider=RUS] without reactionUnits[ru-1] is not a valid scenario "
                + "(bilateralHelp[0].provider: expected a country with reaction units to lend (TJK), found 'RUS')"),
                plan.merges());
        assertEquals(4, plan.cells().size());
    }

    @Test
    void build_helpNeedingTwoAddedUnits_mergesAllThreeInAFactorial() throws Exception {
        LoadedScenario base = TestScenarios.parse(HELP_COMMANDS);
        LoadedScenario target = TestScenarios.parse(HELP_COMMANDS + RU_1 + RU_2
                + "bilateralHelp: [{requester: TJK, provider: RUS, units: [ru-1, ru-2]}]\n");

        AttributionPlan plan = plan(base, target, 32);

        assertEquals(List.of("reactionUnits[ru-1] + reactionUnits[ru-2] + bilateralHelp[requester=TJK,provider=RUS]"),
                plan.changes().stream().map(Change::name).toList());
        assertEquals(2, plan.cells().size());
    }

    @Test
    void build_manyChanges_samplesOrders_andChecksEveryCellItRuns() throws Exception {
        LoadedScenario base = TestScenarios.straightBorder();
        LoadedScenario target = TestScenarios.parse(sevenChanges(TestScenarios.straightBorderYaml()));

        AttributionPlan plan = plan(base, target, 4);

        assertEquals(7, plan.changes().size());
        assertEquals(AttributionDesign.Kind.PERMUTATIONS, plan.design().kind());
        assertEquals(4, plan.design().permutations().size());
        assertEquals(base.sha256(), plan.cells().get(0).sha256());
        assertEquals(target.sha256(), plan.cells().get(plan.cells().size() - 1).sha256());
    }

    @Test
    void build_sampledDesignWithACellNoSingleChangeMends_isRefusedWithAHint() throws Exception {
        LoadedScenario base = TestScenarios.parse(HELP_COMMANDS);
        LoadedScenario target = TestScenarios.parse(sevenChanges(HELP_COMMANDS) + RU_1 + RU_2
                + "bilateralHelp: [{requester: TJK, provider: RUS, units: [ru-1, ru-2]}]\n");

        AttributionException e = assertThrows(AttributionException.class, () -> plan(base, target, 4));

        assertTrue(e.getMessage().startsWith("the cell with bilateralHelp[requester=TJK,provider=RUS] applied to "
                + "straight-test without the other changes is not a valid scenario (bilateralHelp[0].provider: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("no single other change makes it valid. Apply the changes it needs together: "
                + "--group 'NAME=PATTERN,PATTERN' (see panj attribute --help), or list the changes with --plan"),
                e.getMessage());
    }

    @Test
    void build_scenariosThatDoNotDiffer_haveNothingToAttribute() {
        LoadedScenario base = TestScenarios.straightBorder();

        AttributionException e = assertThrows(AttributionException.class, () -> plan(base, base, 4));

        assertEquals("straight-test and straight-test differ in no parameter (panj scenarios diff lists nothing): there "
                + "is no difference to attribute", e.getMessage());
    }

    /**
     * Seven top-level items and parameters of the straight-border scenario changed: the sensor line (two values), the
     * arrivals, the reaction unit (two values), two detection and two militant parameters.
     */
    static String sevenChanges(String yaml) {
        return yaml.replace("probability: 0.6", "probability: 0.9")
                .replace("rate: 3 /day", "rate: 4 /day")
                .replace("strength: 30", "strength: 40")
                .replace("    speed: 40 km/h", "    speed: 50 km/h")
                .replace("spacing: 2 km", "spacing: 3 km")
                .replace("detection: {}", "detection: {nightFactor: 0.8, winterFactor: 0.9}")
                .replace("militants: {}", "militants: {abortOnDetection: 0.2, rationality: 0.5}");
    }
}
