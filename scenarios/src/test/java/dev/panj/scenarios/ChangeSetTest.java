package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes between two scenarios, and the scenarios in between, built from the trees and checked like files. */
class ChangeSetTest {
    /** Co-operation and Russian combat help switched on together (test pair, see the files). */
    static final String HELP_NATIONAL = "src/test/resources/dev/panj/scenarios/attribution/help-national.yaml";
    static final String HELP_JOINT = "src/test/resources/dev/panj/scenarios/attribution/help-joint.yaml";


    /** Lines 1-12: a camp, a town, two commands, two posts and two timeline entries. */
    private static final String BASE = """
            name: base
            description: the base
            geography: {border: straight, length: 50 km}
            stagingAreas: [{id: camp, location: {chainage: 10 km, offset: -5 km}}]
            objectives: [{id: town, location: {chainage: 20 km, offset: 8 km}}]
            commands: [{country: TJK}, {country: RUS}]
            posts:
              - {id: a, location: {chainage: 10 km}, garrison: 10, sensor: {range: 1 km}}
              - {id: b, location: {chainage: 20 km}, garrison: 10, sensor: {range: 1 km}}
            timeline:
              - {at: 1 h, label: one, cooperation: {improved: true}}
              - {at: 3 h, label: three, cooperation: {improved: false}}
            """;

    @Test
    void changes_ofCooperationAndRussianHelp_areThoseOfScenariosDiff_oneLineEach() throws Exception {
        LoadedScenario national = ScenarioLibrary.load(HELP_NATIONAL);
        LoadedScenario joint = ScenarioLibrary.load(HELP_JOINT);

        ChangeSet set = ScenarioChanges.between(national, joint);

        assertEquals(ScenarioLibrary.differences(national.config(), joint.config()),
                set.changes().stream().map(ScenarioChange::line).toList());
        assertEquals(List.of("cooperation.links[from=TJK,to=KGZ]", "cooperation.links[from=KGZ,to=TJK]",
                        "cooperation.improved", "bilateralHelp[requester=TJK,provider=RUS]",
                        "bilateralHelp[requester=KGZ,provider=RUS]"),
                set.changes().stream().map(ScenarioChange::item).toList());
    }

    @Test
    void apply_noChange_isTheBase_andEveryChange_isTheTarget_byteForByte() throws Exception {
        LoadedScenario national = ScenarioLibrary.load("barrier-2015-national");
        LoadedScenario joint = ScenarioLibrary.load("barrier-2015");
        ChangeSet set = ScenarioChanges.between(national, joint);
        BitSet all = new BitSet();
        all.set(0, set.changes().size());

        assertEquals(national.resolvedYaml(), set.apply(new BitSet(), "none").resolvedYaml());
        assertEquals(joint.resolvedYaml(), set.apply(all, "all").resolvedYaml());
        assertEquals(joint.sha256(), set.apply(all, "all").sha256());
    }

    @Test
    void apply_betweenEveryPairOfBuiltIns_givesBothEndsAndEachChangeAloneLoadsOrIsReported() throws Exception {
        List<LoadedScenario> builtIns = new ArrayList<>();
        for (BuiltInScenario b : ScenarioLibrary.builtIns()) {
            if (!b.name().equals("scale-1m")) {
                builtIns.add(ScenarioLibrary.load(b.name()));
            }
        }
        for (LoadedScenario a : builtIns) {
            for (LoadedScenario b : builtIns) {
                ChangeSet set = ScenarioChanges.between(a, b);
                BitSet all = new BitSet();
                all.set(0, set.changes().size());
                String pair = a.name() + " → " + b.name();
                assertEquals(a.sha256(), set.apply(new BitSet(), pair).sha256(), pair + ", nothing applied");
                assertEquals(b.sha256(), set.apply(all, pair).sha256(), pair + ", everything applied");
                for (int c = 0; c < set.changes().size(); c++) {
                    BitSet one = new BitSet();
                    one.set(c);
                    try {
                        set.apply(one, pair);
                    } catch (ScenarioException e) {
                        assertTrue(e.problems().stream().allMatch(p -> p.file().equals(pair) && p.line() == 0),
                                e.report());
                    }
                }
            }
        }
    }

    @Test
    void changes_ofOneItem_areOnePerValue_andBelongToTheItem() throws Exception {
        ChangeSet set = between(BASE, BASE.replace("garrison: 10, sensor: {range: 1 km}}\ntimeline",
                "garrison: 30, sensor: {range: 2 km}}\ntimeline"));

        assertEquals(List.of("posts[b].garrison: 10 → 30", "posts[b].sensor.range: 1 km → 2 km"),
                set.changes().stream().map(ScenarioChange::line).toList());
        assertEquals(List.of("posts[b]", "posts[b]"), set.changes().stream().map(ScenarioChange::item).toList());
    }

    @Test
    void apply_oneValueOfAnItem_changesThatValueOnly() throws Exception {
        ChangeSet set = between(BASE, BASE.replace("garrison: 10, sensor: {range: 1 km}}\ntimeline",
                "garrison: 30, sensor: {range: 2 km}}\ntimeline"));
        BitSet garrison = new BitSet();
        garrison.set(0);

        LoadedScenario applied = set.apply(garrison, "garrison only");

        assertEquals(30, applied.config().posts().get(1).garrison());
        assertEquals(1, applied.config().posts().get(1).sensor().range());
        assertEquals("base", applied.name());
    }

    @Test
    void changes_removedAndAddedItems_areOneChangeEach_inTheDiffsOrder() throws Exception {
        String target = BASE.replace("  - {id: a, location: {chainage: 10 km}, garrison: 10, sensor: {range: 1 km}}\n",
                "") .replace("timeline:", "reactionUnits: [{id: qru, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}]\n"
                + "timeline:");
        ChangeSet set = between(BASE, target);

        assertEquals(List.of(ScenarioChange.Kind.REMOVED, ScenarioChange.Kind.ADDED),
                set.changes().stream().map(ScenarioChange::kind).toList());
        assertEquals(List.of("posts[a]", "reactionUnits[qru]"),
                set.changes().stream().map(ScenarioChange::path).toList());
        assertEquals(ScenarioLibrary.differences(set.base().config(), set.target().config()),
                set.changes().stream().map(ScenarioChange::line).toList());
    }

    @Test
    void changes_timelineEntryInserted_isOneAddedChange_notAShiftOfTheLaterEntries() throws Exception {
        ChangeSet set = between(BASE, BASE.replace("  - {at: 3 h, label: three",
                "  - {at: 2 h, label: two, closeCrossings: {}}\n  - {at: 3 h, label: three"));

        assertEquals(1, set.changes().size(), set.changes().toString());
        ScenarioChange inserted = set.changes().get(0);
        assertEquals("timeline[1]", inserted.path());
        assertEquals(ScenarioChange.Kind.ADDED, inserted.kind());
        BitSet all = new BitSet();
        all.set(0);
        assertEquals(set.target().sha256(), set.apply(all, "all").sha256());
    }

    @Test
    void changes_timelineEntryRemovedAndAnotherAdded_areNamedByTheirOwnScenariosPositions() throws Exception {
        // Base: [one@1h, three@3h]; target: [three@3h, four@4h]: 'one' removed (base 0), 'four' added (target 1).
        String target = BASE.replace("  - {at: 1 h, label: one, cooperation: {improved: true}}\n", "")
                .replace("cooperation: {improved: false}}\n", "cooperation: {improved: false}}\n"
                        + "  - {at: 4 h, label: four, cooperation: {improved: true}}\n");
        ChangeSet set = between(BASE, target);

        assertEquals(List.of("timeline[0]", "timeline[1]"), set.changes().stream().map(ScenarioChange::path).toList());
        assertEquals(List.of(ScenarioChange.Kind.REMOVED, ScenarioChange.Kind.ADDED),
                set.changes().stream().map(ScenarioChange::kind).toList());
        BitSet removedOnly = new BitSet();
        removedOnly.set(0);
        assertEquals(List.of(3.0), set.apply(removedOnly, "x").config().timeline().stream()
                .map(e -> e.at()).toList());
    }

    @Test
    void changes_removedEntryNamedLikeATargetEntry_isMarkedAsTheBases() throws Exception {
        // Base [one, two, three] -> target [three, four, five]: 'one' and 'two' (base 0 and 1) removed, 'four' and
        // 'five' added (target 1 and 2): base 1 and target 1 would share a name.
        String base = BASE.replace("  - {at: 3 h, label: three, cooperation: {improved: false}}\n",
                "  - {at: 2 h, label: two, cooperation: {improved: false}}\n"
                        + "  - {at: 3 h, label: three, cooperation: {improved: false}}\n");
        String target = BASE.replace("  - {at: 1 h, label: one, cooperation: {improved: true}}\n", "")
                .replace("cooperation: {improved: false}}\n", "cooperation: {improved: false}}\n"
                        + "  - {at: 4 h, label: four, cooperation: {improved: true}}\n"
                        + "  - {at: 5 h, label: five, cooperation: {improved: true}}\n");
        ChangeSet set = between(base, target);

        assertEquals(List.of("timeline[0]", "timeline[1]#base", "timeline[1]", "timeline[2]"),
                set.changes().stream().map(ScenarioChange::path).toList());
    }

    @Test
    void changes_itemsInAnotherOrder_areOneReorderingChange() throws Exception {
        String swapped = BASE.replace("  - {id: a, location: {chainage: 10 km}, garrison: 10, sensor: {range: 1 km}}\n"
                        + "  - {id: b, location: {chainage: 20 km}, garrison: 10, sensor: {range: 1 km}}\n",
                "  - {id: b, location: {chainage: 20 km}, garrison: 10, sensor: {range: 1 km}}\n"
                        + "  - {id: a, location: {chainage: 10 km}, garrison: 10, sensor: {range: 1 km}}\n");
        ChangeSet set = between(BASE, swapped);

        assertEquals(1, set.changes().size());
        assertEquals("posts: [a, b] → [b, a]", set.changes().get(0).line());
        assertEquals(ScenarioChange.Kind.REORDERED, set.changes().get(0).kind());
        BitSet all = new BitSet();
        all.set(0);
        assertEquals(set.target().sha256(), set.apply(all, "all").sha256());
    }

    @Test
    void apply_aLinkToAUnitThatAnotherChangeAdds_isNotAValidScenarioOnItsOwn() throws Exception {
        ChangeSet set = between(BASE, BASE + """
                reactionUnits: [{id: ru-1, country: RUS, base: {chainage: 5 km}, strength: 10, speed: 40 km/h}]
                bilateralHelp: [{requester: TJK, provider: RUS, units: [ru-1]}]
                """);
        assertEquals(List.of("reactionUnits[ru-1]", "bilateralHelp[requester=TJK,provider=RUS]"),
                set.changes().stream().map(ScenarioChange::path).toList());
        BitSet helpOnly = new BitSet();
        helpOnly.set(1);

        ScenarioException e = assertThrows(ScenarioException.class, () -> set.apply(helpOnly, "help without unit"));

        assertEquals("help without unit: bilateralHelp[0].provider: expected a country with reaction units to lend, "
                + "found 'RUS', but reactionUnits is empty", e.problems().get(0).format());
        BitSet unitOnly = new BitSet();
        unitOnly.set(0);
        assertEquals(1, set.apply(unitOnly, "unit without help").config().reactionUnits().size());
    }

    @Test
    void apply_allButTheLabels_keepsTheBasesNameAndDescription() throws Exception {
        ChangeSet set = between(BASE, BASE.replace("name: base", "name: target").replace("the base", "the target")
                .replace("at: 1 h", "at: 2 h"));
        BitSet all = new BitSet();
        all.set(0);

        assertEquals(1, set.changes().size());
        assertEquals("target", set.apply(all, "all").name());
        assertEquals("base", set.apply(new BitSet(), "none").name());
    }

    @Test
    void between_identicalParameters_hasNoChange() throws Exception {
        assertTrue(between(BASE, BASE.replace("name: base", "name: other")).isEmpty());
    }

    private static ChangeSet between(String base, String target) throws ScenarioException {
        return ScenarioChanges.between(ScenarioLibrary.parse(base, "base.yaml"), ScenarioLibrary.parse(target,
                "target.yaml"));
    }
}
