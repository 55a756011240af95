package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.ScenarioConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends}: deep merge of mappings, replaced or extended lists, removal, cycles, and where problems point. */
class InheritanceTest {

    /** A parent with a clock, a detection setting, two posts and one command; lines 1-10. */
    private static final String PARENT = """
            name: parent
            description: The parent
            geography: {border: straight, length: 100 km}
            simulation: {start: 2015-07-22T00:00, tick: 10 min, duration: 2 d}
            detection: {nightFactor: 0.3, winterFactor: 1.2}
            commands: [{country: TJK, processingDelay: 20 min}]
            posts:
              - {id: a, location: {chainage: 10 km}, garrison: 30, sensor: {range: 2 km, probability: 0.6}}
              - {id: b, location: {chainage: 20 km}, sensor: {range: 1 km}}
            terrains: [{terrain: gorge, cover: 0.5}]
            """;

    @TempDir
    Path folder;

    @Test
    void extends_childSetsOneKeyOfAMapping_inheritsItsOtherKeys() throws Exception {
        ScenarioConfig config = child("simulation: {duration: 3 d}\n");
        assertEquals(72, config.simulation().duration());
        assertEquals(1.0 / 6, config.simulation().tick(), 1e-12);
        assertEquals("2015-07-22T00:00", config.simulation().start());
        assertEquals("The parent", config.description());
    }

    @Test
    void extends_plainList_replacesTheInheritedList() throws Exception {
        ScenarioConfig config = child("posts:\n  - {id: c, location: {chainage: 50 km}, sensor: {range: 3 km}}\n");
        assertEquals(List.of("c"), config.posts().stream().map(p -> p.id()).toList());
    }

    @Test
    void extends_plusList_addsItemsAfterTheInheritedOnes() throws Exception {
        ScenarioConfig config = child("posts+:\n  - {id: c, location: {chainage: 50 km}, sensor: {range: 3 km}}\n");
        assertEquals(List.of("a", "b", "c"), config.posts().stream().map(p -> p.id()).toList());
    }

    @Test
    void extends_plusListItemWithAnInheritedId_isMergedIntoThatItem() throws Exception {
        ScenarioConfig config = child("posts+:\n  - {id: a, garrison: 40, sensor: {probability: 0.9}}\n");
        assertEquals(List.of("a", "b"), config.posts().stream().map(p -> p.id()).toList());
        var post = config.posts().get(0);
        assertEquals(40, post.garrison());
        assertEquals(0.9, post.sensor().probability());
        assertEquals(2, post.sensor().range());
        assertEquals(10, post.location().chainage());
    }

    @Test
    void extends_plusListOfCommands_mergesByCountry() throws Exception {
        ScenarioConfig config = child("commands+: [{country: TJK, maxUnitsPerGroup: 3}, {country: KGZ}]\n");
        assertEquals(List.of("TJK", "KGZ"), config.commands().stream().map(c -> c.country()).toList());
        assertEquals(3, config.commands().get(0).maxUnitsPerGroup());
        assertEquals(20.0 / 60, config.commands().get(0).processingDelay(), 1e-12);
    }

    @Test
    void extends_plusListOfTerrains_mergesByTerrainClass() throws Exception {
        ScenarioConfig config = child("terrains+: [{terrain: gorge, speedFactor: 0.4}]\n");
        assertEquals(1, config.terrains().size());
        assertEquals(0.5, config.terrains().get(0).cover());
        assertEquals(0.4, config.terrains().get(0).speedFactor());
    }

    @Test
    void extends_plusListWithoutAParent_isAnOrdinaryList() throws Exception {
        ScenarioConfig config = ScenarioText.config(ScenarioText.MINIMAL + "commands+: [{country: TJK}]\n");
        assertEquals("TJK", config.commands().get(0).country());
    }

    @Test
    void extends_tilde_removesTheInheritedValueBackToItsDefault() throws Exception {
        ScenarioConfig config = child("detection: {nightFactor: ~}\nposts: ~\n");
        assertEquals(0.5, config.detection().nightFactor());
        assertEquals(1.2, config.detection().winterFactor());
        assertEquals(List.of(), config.posts());
    }

    @Test
    void extends_keyAndKeyPlusTogether_isAProblem() throws IOException {
        assertEquals(List.of("child.yaml:3:1: posts+: expected either 'posts' (replacing the inherited list) or "
                + "'posts+' (adding to it), found both"), childProblems("posts: []\nposts+: []\n"));
    }

    @Test
    void extends_plusAfterAMappingKey_isAProblem() throws IOException {
        assertEquals(List.of("child.yaml:2:1: simulation+: expected '+' only after the key of a list, found it after "
                + "'simulation', which is a mapping (mappings merge key by key without '+')"),
                childProblems("simulation+: {tick: 5 min}\n"));
    }

    @Test
    void extends_plusWithAScalar_isAProblem() throws IOException {
        assertEquals(List.of("child.yaml:2:9: posts+: expected a list of items to add to the inherited 'posts', "
                + "found 'c'"), childProblems("posts+: c\n"));
    }

    @Test
    void extends_misspeltKeyWithPlus_suggestsTheListKey() throws IOException {
        assertEquals(List.of("child.yaml:2:1: psts: unknown key 'psts'; did you mean 'posts'?"),
                childProblems("psts+: []\n"));
    }

    @Test
    void extends_problemInTheParent_isReportedInTheParentsFile() throws IOException {
        Files.writeString(folder.resolve("parent.yaml"), PARENT.replace("tick: 10 min", "tick: 10"));
        Path child = write("child.yaml", "extends: parent.yaml\nname: child\ndetection: {nightFactr: 0.2}\n");
        assertEquals(List.of("child.yaml:3:13: detection.nightFactr: unknown key 'nightFactr'; did you mean "
                + "'nightFactor'?", "parent.yaml:4:45: simulation.tick: expected a duration with a unit (min, h, d), "
                + "found bare number 10"), problems(child));
    }

    @Test
    void extends_relativePath_startsFromTheExtendingFilesFolder() throws Exception {
        Files.writeString(folder.resolve("parent.yaml"), PARENT);
        Files.createDirectories(folder.resolve("variants"));
        Path child = write("variants/child.yaml", "extends: ../parent.yaml\nname: child\n");
        ResolvedScenario resolved = ScenarioLibrary.resolve(child.toString());
        assertEquals(List.of(child.toString(), folder.resolve("parent.yaml").toString()), resolved.files());
    }

    @Test
    void extends_missingFile_isReportedAtTheExtendsValue() throws IOException {
        Path child = write("child.yaml", "name: child\nextends: nowhere.yaml\n");
        List<String> problems = problems(child);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("child.yaml:2:10: extends: expected the name of a built-in scenario ("),
                problems.get(0));
        assertTrue(problems.get(0).endsWith(") or the path of an existing file (relative to " + folder
                + "), found 'nowhere.yaml'"), problems.get(0));
    }

    @Test
    void extends_listInsteadOfAName_isAProblem() throws IOException {
        assertEquals(List.of("child.yaml:1:10: extends: expected the name of a built-in scenario or the path of a "
                + "file, found a list"), problems(write("child.yaml", "extends: [a, b]\nname: child\n")));
    }

    @Test
    void extends_chainLongerThanTen_isReportedWithTheChain() throws IOException {
        for (int i = 1; i <= 11; i++) {
            write("f" + i + ".yaml", "extends: f" + (i + 1) + ".yaml\nname: f" + i + "\n");
        }
        List<String> problems = problems(folder.resolve("f1.yaml"));
        assertEquals(List.of("f10.yaml:1:10: extends: expected at most 10 files in a chain of extends, found more: "
                + "f1.yaml → f2.yaml → f3.yaml → f4.yaml → f5.yaml → f6.yaml → f7.yaml → f8.yaml → f9.yaml → "
                + "f10.yaml → f11.yaml → ..."), problems);
    }

    @Test
    void extends_fileExtendingItself_isACycle() throws IOException {
        assertEquals(List.of("self.yaml:1:10: extends: expected a chain of extends without a cycle, found self.yaml → "
                + "self.yaml"), problems(write("self.yaml", "extends: self.yaml\nname: self\n")));
    }

    @Test
    void extends_parentThatIsNotAMapping_isReportedInTheParent() throws IOException {
        write("parent.yaml", "- a\n- b\n");
        assertEquals(List.of("parent.yaml:1:1: expected a scenario file (a mapping of scenario keys) to extend, "
                + "found a list; is it a scenario file?"),
                problems(write("child.yaml", "extends: parent.yaml\nname: child\n")));
    }

    @Test
    void extends_aFileOfTheSystem_isRefusedWithoutQuotingIt() throws IOException {
        String secret = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
        Path passwd = write("passwd", secret);

        List<String> problems = problems(write("child.yaml", "extends: " + passwd + "\nname: child\n"));

        assertEquals(List.of("passwd:1:1: expected a scenario file (a mapping of scenario keys) to extend, found "
                + "plain text; is it a scenario file?"), problems);
        assertFalse(problems.get(0).contains("root"), problems.get(0));
    }

    @Test
    void extends_parentWithASyntaxError_reportsOnlyThat() throws IOException {
        write("parent.yaml", "name: p\nsimulation: {tick: [}\n");
        List<String> problems = problems(write("child.yaml", "extends: parent.yaml\nname: child\ncolour: red\n"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("parent.yaml:2:"), problems.get(0));
    }

    @Test
    void extends_abstractIsNotInherited() throws Exception {
        write("parent.yaml", "abstract: true\n" + PARENT);
        Path child = write("child.yaml", "extends: parent.yaml\nname: child\n");
        assertEquals("child", ScenarioLibrary.load(child.toString()).name());
        assertTrue(ScenarioLibrary.resolve(folder.resolve("parent.yaml").toString()).isAbstract());
    }

    @Test
    void extends_abstractNotABoolean_isAProblem() throws IOException {
        assertEquals(List.of("p.yaml:1:11: abstract: expected true or false, found 'maybe'"),
                problems(write("p.yaml", "abstract: maybe\n" + PARENT)));
    }

    @Test
    void extends_yamlMergeKeysInTheChild_stillWork() throws Exception {
        ScenarioConfig config = child("""
                posts+:
                  - {id: c, location: {chainage: 50 km}, sensor: &eyes {range: 4 km, probability: 0.2}}
                  - {id: d, location: {chainage: 60 km}, sensor: {<<: *eyes, probability: 0.7}}
                """);
        assertEquals(4, config.posts().get(3).sensor().range());
        assertEquals(0.7, config.posts().get(3).sensor().probability());
    }

    @Test
    void extends_everyBuiltIn_isReproducedByAFileThatOnlyExtendsIt() throws Exception {
        for (BuiltInScenario builtIn : ScenarioLibrary.builtIns()) {
            Path child = write(builtIn.name() + "-copy.yaml", "extends: " + builtIn.name() + "\n");
            assertEquals(ScenarioLibrary.load(builtIn.name()).resolvedYaml(),
                    ScenarioLibrary.load(child.toString()).resolvedYaml(), builtIn.name());
        }
    }

    @Test
    void extends_sameConfigThroughInheritance_hasTheSameHash() throws Exception {
        Files.writeString(folder.resolve("parent.yaml"), PARENT);
        Path child = write("child.yaml", "extends: parent.yaml\nname: parent\n");
        assertEquals(ScenarioLibrary.load(folder.resolve("parent.yaml").toString()).sha256(),
                ScenarioLibrary.load(child.toString()).sha256());
    }

    /** Writes the parent and a child with {@code body} after its extends and name lines, and loads the child. */
    private ScenarioConfig child(String body) throws Exception {
        Files.writeString(folder.resolve("parent.yaml"), PARENT);
        return ScenarioLibrary.load(write("child.yaml", "extends: parent.yaml\n" + body.replaceFirst("^", "name: child\n"))
                .toString()).config();
    }

    private List<String> childProblems(String body) throws IOException {
        Files.writeString(folder.resolve("parent.yaml"), PARENT);
        return problems(write("child.yaml", "extends: parent.yaml\n" + body));
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The problems of loading a file, file names relative to the temporary folder. */
    private List<String> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLibrary.load(file.toString()));
        return e.problems().stream().map(p -> p.format().replace(folder + "/", "")).toList();
    }
}
