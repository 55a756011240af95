package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping changes: the default of one change per top-level item, groups from options and files, and mistakes. */
class ChangeGroupTest {

    private static ChangeSet barrier() throws ScenarioException {
        return ScenarioChanges.between(ScenarioLibrary.load(ChangeSetTest.HELP_NATIONAL),
                ScenarioLibrary.load(ChangeSetTest.HELP_JOINT));
    }

    @Test
    void group_withoutGroups_isOneChangePerTopLevelItem() throws Exception {
        List<NamedChange> named = barrier().group(List.of());

        assertEquals(List.of("cooperation.links[from=TJK,to=KGZ]", "cooperation.links[from=KGZ,to=TJK]",
                "cooperation.improved", "bilateralHelp[requester=TJK,provider=RUS]",
                "bilateralHelp[requester=KGZ,provider=RUS]"), named.stream().map(NamedChange::name).toList());
        assertEquals(List.of(NamedChange.ITEM), named.stream().map(NamedChange::source).distinct().toList());
    }

    @Test
    void group_byPrefixAndWildcard_mergesChanges_inTheOrderOfTheirFirstChange() throws Exception {
        List<NamedChange> named = barrier().group(List.of(
                ScenarioChanges.groupOption("Russian help=bilateralHelp"),
                ScenarioChanges.groupOption("co-operation=cooperation.links[*],cooperation.improved")));

        assertEquals(List.of("co-operation", "Russian help"), named.stream().map(NamedChange::name).toList());
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4)), named.stream().map(NamedChange::changes).toList());
        assertEquals("--group", named.get(0).source());
    }

    @Test
    void group_oneValueOfAnItem_splitsItOff_andTheRestStaysTheItem() throws Exception {
        String base = ScenarioText.MINIMAL + "commands: [{country: TJK}]\n" + "posts: [{id: a, location: {chainage: 10 km}, garrison: 10, "
                + "sensor: {range: 1 km}}]\n";
        ChangeSet set = ScenarioChanges.between(ScenarioLibrary.parse(base, "a.yaml"),
                ScenarioLibrary.parse(base.replace("garrison: 10", "garrison: 30").replace("range: 1 km", "range: 2 km"),
                        "b.yaml"));

        List<NamedChange> named = set.group(List.of(ScenarioChanges.groupOption("bigger garrison=posts[a].garrison")));

        assertEquals(List.of("bigger garrison", "posts[a]"), named.stream().map(NamedChange::name).toList());
        assertEquals(List.of(List.of(0), List.of(1)), named.stream().map(NamedChange::changes).toList());
    }

    @Test
    void groupOption_commasAndEqualsInsideBrackets_belongToThePattern() throws Exception {
        ChangeGroup group = ScenarioChanges.groupOption(
                "TJK help = bilateralHelp[requester=TJK,provider=RUS], cooperation.links[from=TJK,to=KGZ]");

        assertEquals("TJK help", group.name());
        assertEquals(List.of("bilateralHelp[requester=TJK,provider=RUS]", "cooperation.links[from=TJK,to=KGZ]"),
                group.patterns());
    }

    @Test
    void groupOption_withoutEquals_orName_orPattern_isReported() {
        assertEquals("--group: expected NAME=PATTERN[,PATTERN...], e.g. 'Russian help=bilateralHelp', found "
                + "'bilateralHelp'", onlyProblem(() -> ScenarioChanges.groupOption("bilateralHelp")));
        assertEquals("--group: expected a group name before '=', found none in '=bilateralHelp'",
                onlyProblem(() -> ScenarioChanges.groupOption("=bilateralHelp")));
        assertEquals("--group: expected a change's path or pattern after 'help=bilateralHelp,', found none",
                onlyProblem(() -> ScenarioChanges.groupOption("help=bilateralHelp,")));
    }

    @Test
    void group_patternMatchingNothing_isReportedWithASuggestion() throws Exception {
        ChangeSet set = barrier();
        ChangeGroup typo = ScenarioChanges.groupOption("co-operation=cooperation.improvd");

        ScenarioException e = assertThrows(ScenarioException.class, () -> set.group(List.of(typo)));

        assertEquals("--group: co-operation: no change matches 'cooperation.improvd'; did you mean "
                + "'cooperation.improved'?; the changes are cooperation.links[from=TJK,to=KGZ], "
                + "cooperation.links[from=KGZ,to=TJK], cooperation.improved, bilateralHelp[requester=TJK,provider=RUS], "
                + "bilateralHelp[requester=KGZ,provider=RUS]", e.problems().get(0).format());
    }

    @Test
    void group_changeTakenByTwoGroups_andANameGivenTwice_areReported() throws Exception {
        ChangeSet set = barrier();

        ScenarioException e = assertThrows(ScenarioException.class, () -> set.group(List.of(
                ScenarioChanges.groupOption("help=bilateralHelp"),
                ScenarioChanges.groupOption("help=bilateralHelp[requester=TJK,provider=RUS]"))));

        assertEquals(List.of("--group: help: expected each group name once, found 'help' again (first in --group)",
                "--group: help: change bilateralHelp[requester=TJK,provider=RUS] is taken by the group 'help' too; a "
                        + "change can be in one group only"), e.problems().stream().map(Problem::format).toList());
    }

    @Test
    void readGroups_file_givesGroupsWithTheirLines() throws Exception {
        List<ChangeGroup> groups = ScenarioChanges.readGroups("""
                # the exercise's two halves
                groups:
                  co-operation: [cooperation.links, cooperation.improved]
                  Russian help: bilateralHelp
                """, "groups.yaml");

        assertEquals(List.of("co-operation", "Russian help"), groups.stream().map(ChangeGroup::name).toList());
        assertEquals(List.of(List.of("cooperation.links", "cooperation.improved"), List.of("bilateralHelp")),
                groups.stream().map(ChangeGroup::patterns).toList());
        assertEquals(List.of(3, 4), groups.stream().map(ChangeGroup::line).toList());
        assertEquals(List.of("co-operation", "Russian help"),
                barrier().group(groups).stream().map(NamedChange::name).toList());
    }

    @Test
    void readGroups_fileMistakes_areEachReportedWithLineColumnAndKey() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioChanges.readGroups("""
                group:
                  help: bilateralHelp
                """, "groups.yaml"));
        assertEquals(List.of("groups.yaml:1:1: group: unknown key 'group'; did you mean 'groups'?"),
                e.problems().stream().map(Problem::format).toList());

        e = assertThrows(ScenarioException.class, () -> ScenarioChanges.readGroups("""
                groups:
                  help: [bilateralHelp, {a: 1}]
                  empty: []
                  twice: x
                  twice: y
                """, "groups.yaml"));
        assertEquals(List.of("groups.yaml:2:25: groups.help: expected a change's path or pattern, found a mapping",
                "groups.yaml:3:10: groups.empty: expected a change's path, or a list of them, found a list",
                "groups.yaml:5:3: groups.twice: expected each key once, found 'twice' again (first at line 4)"),
                e.problems().stream().map(Problem::format).toList());
    }

    @Test
    void group_patternNamingAWrongLineInAFile_pointsAtTheGroup() throws Exception {
        List<ChangeGroup> groups = ScenarioChanges.readGroups("groups:\n  help: bilateralHelp\n  links: cooperaton.links\n",
                "groups.yaml");

        ScenarioException e = assertThrows(ScenarioException.class, () -> barrier().group(groups));

        assertEquals("groups.yaml:3:3: groups.links: no change matches 'cooperaton.links'",
                e.problems().get(0).format().substring(0, "groups.yaml:3:3: groups.links: no change matches 'cooperaton.links'".length()));
    }

    private interface Parse {
        Object run() throws ScenarioException;
    }

    private static String onlyProblem(Parse parse) {
        ScenarioException e = assertThrows(ScenarioException.class, parse::run);
        assertEquals(1, e.problems().size(), e.report());
        return e.problems().get(0).format();
    }
}
