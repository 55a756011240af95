package dev.panj.distributed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code panj optimize} and {@code panj robust} with {@code --engine spark} in local[2]: every candidate's and every
 * policy-future's replications run as Spark tasks, and the front, the candidates, the robustness table and PRIM's boxes
 * are byte for byte those of the thread engine with the same seed.
 */
class SparkDecideIT {
    @TempDir
    Path tmp;

    @Test
    void optimizeAndRobust_engineSpark_writeTheSameTablesAsThreads() throws Exception {
        String[] search = {"optimize", "verify-sensor-lines", "--evaluations", "24", "--population", "12", "-n", "1",
            "--seed", "5", "--quiet"};
        Execution local = panj(concat(search, "--threads", "2", "--out", tmp.resolve("local").toString()));
        Execution spark = panj(concat(search, "--engine", "spark", "--master", "local[2]", "--out",
                tmp.resolve("spark").toString()));
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        assertTrue(spark.out().contains("spark local[2]"), spark.out());
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"),
                List.of("pareto.csv", "candidates.csv", "hypervolume.csv", "futures.csv"));

        String study = java.nio.file.Files.writeString(tmp.resolve("study.yaml"), """
                name: it
                base: csto-rapid
                horizon: 4 d
                levers:
                  - {path: csto.decisionDelay, choices: [12 h, 72 h]}
                uncertainties:
                  - {path: "timeline[0].wave.groups", range: [2, 20]}
                  - {path: "commands[TJK].processingDelay", range: [10 min, 2 h]}
                objectives:
                  - {metric: interdiction_rate, threshold: 0.5}
                  - {metric: cost}
                """).toString();
        String[] robust = {"robust", study, "--policies", "csto-paper-tiger", "--futures", "4", "-n", "1",
            "--seed", "3", "--quiet"};
        Execution localRobust = panj(concat(robust, "--threads", "2", "--out", tmp.resolve("robust-local").toString()));
        Execution sparkRobust = panj(concat(robust, "--engine", "spark", "--master", "local[2]", "--out",
                tmp.resolve("robust-spark").toString()));
        assertEquals(0, localRobust.exitCode(), localRobust.err());
        assertEquals(0, sparkRobust.exitCode(), sparkRobust.err());
        OutputFiles.assertSameBytes(tmp.resolve("robust-local"), tmp.resolve("robust-spark"),
                List.of("robustness.csv", "outcomes.csv", "futures.csv", "prim.csv"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private record Execution(int exitCode, String out, String err) {
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
