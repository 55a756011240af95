package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code panj attribute --engine spark} in local[2]: every cell's replications run as Spark tasks through the same
 * executor abstraction as a batch, and the attribution's tables, scenarios and charts are byte for byte those of the
 * thread engine with the same seed.
 */
class SparkAttributeIT {
    /** The files of an attribution folder that must not depend on where the runs ran. */
    private static final List<String> TABLES = List.of("attribution.json", "changes.csv", "cells.csv", "runs.csv",
            "differences.csv", "shapley.csv", "effects.csv", "base.resolved.yaml", "target.resolved.yaml",
            "cells/cell-00.yaml", "cells/cell-07.yaml", "charts/waterfall-militants-detected.svg");

    @TempDir
    Path tmp;

    @Test
    void attributeCommand_engineSpark_writesTheSameFilesAsThreads() throws Exception {
        String base = Files.writeString(tmp.resolve("base.yaml"), TestScenario.yaml()).toString();
        String target = Files.writeString(tmp.resolve("target.yaml"), TestScenario.yaml()
                .replace("name: straight-test", "name: straight-strong")
                .replace("probability: 0.8", "probability: 0.95")
                .replace("strength: 30", "strength: 60")
                .replace("detection: {}", "detection: {nightFactor: 0.2}")).toString();

        Execution local = panj("attribute", base, target, "-n", "6", "--seed", "9", "--threads", "2", "--quiet",
                "--out", tmp.resolve("local").toString());
        Execution spark = panj("attribute", base, target, "-n", "6", "--seed", "9", "--engine", "spark", "--master",
                "local[2]", "--quiet", "--out", tmp.resolve("spark").toString());

        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        assertTrue(spark.out().contains("| 3 changes | full factorial: 8 cells × 6 replications = 48 runs |"),
                spark.out());
        assertTrue(spark.out().contains("| spark local[2] (2 cores) |"), spark.out());
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"), TABLES);
        assertEquals(tables(local.out()), tables(spark.out()), "the console's tables");
    }

    private record Execution(int exitCode, String out, String err) {
    }

    /** What the command prints between the list of changes and the line with the running time. */
    private static String tables(String out) {
        return out.substring(out.indexOf("\n\n"), out.indexOf("\nran "));
    }

    private static Execution panj(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = dev.panj.ui.PanjCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exitCode = cmd.execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }
}
