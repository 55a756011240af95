package dev.panj.results.decide;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.scenarios.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** panj optimize: the same seed gives the same pareto.csv, on any number of threads and after a resume. */
class OptimizationTest {
    private static final int EVALUATIONS = 60;

    private static Optimization.Outcome optimize(Study study, int evaluations, int threads, DecisionFolder folder)
            throws Exception {
        Optimization.Settings s = new Optimization.Settings("nsga2", evaluations, 12, 1, 1, 3, 0.01);
        try (ExperimentEngine engine = ExperimentEngines.find(ExperimentEngines.LOCAL)
                .open(new EngineSettings(threads, null))) {
            return new Optimization(study, s, engine, folder, line -> {
            }).run();
        }
    }

    private static String pareto(Study study, int evaluations, int threads, Path dir, boolean resume) throws Exception {
        try (DecisionFolder folder = DecisionFolder.open(dir, "optimize", "test", resume, false)) {
            Optimization.Outcome o = optimize(study, evaluations, threads, folder);
            OptimizeWriter.write(o, folder);
        }
        return Files.readString(dir.resolve("pareto.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void sameSeed_givesTheSameParetoCsv_onOneOrTwoThreads(@TempDir Path tmp) throws Exception {
        Study study = DecisionChecks.study();
        String first = pareto(study, EVALUATIONS, 2, tmp.resolve("a"), false);
        String second = pareto(study, EVALUATIONS, 1, tmp.resolve("b"), false);
        assertEquals(first, second);
        assertTrue(first.lines().count() > 2, first);
        for (String file : new String[] {"candidates.csv", "hypervolume.csv", "report.html", "manifest.json",
                "charts/objectives.svg", "charts/parallel.png", "charts/hypervolume.svg"}) {
            assertTrue(Files.isRegularFile(tmp.resolve("a").resolve(file)), file);
        }
        assertEquals(EVALUATIONS + 1, Files.readString(tmp.resolve("a/candidates.csv")).lines().count());
    }

    @Test
    void resumedSearch_givesTheSameParetoCsvAsAnUninterruptedOne(@TempDir Path tmp) throws Exception {
        Study study = DecisionChecks.study();
        String whole = pareto(study, EVALUATIONS, 2, tmp.resolve("whole"), false);
        // An interrupted search: the first generations in the journal, then a line cut short by the crash.
        Path cut = tmp.resolve("cut");
        try (DecisionFolder folder = DecisionFolder.open(cut, "optimize", "test", false, false)) {
            optimize(study, 24, 2, folder);
        }
        long journalled = Files.readString(cut.resolve(DecisionFolder.JOURNAL)).lines().count();
        Files.writeString(cut.resolve(DecisionFolder.JOURNAL), "{\"key\":\"line-s1=on | li", StandardOpenOption.APPEND);
        String resumed = pareto(study, EVALUATIONS, 2, cut, true);
        assertEquals(whole, resumed);
        assertTrue(journalled > 10, "journalled " + journalled);
        assertFalse(Files.readString(cut.resolve(DecisionFolder.JOURNAL)).contains("| li\n"));
    }

    @Test
    void resume_ofAnotherStudysFolder_isRefused(@TempDir Path tmp) throws Exception {
        try (DecisionFolder folder = DecisionFolder.open(tmp, "optimize", "one", false, false)) {
            folder.manifest("running");
        }
        DecisionException e = org.junit.jupiter.api.Assertions.assertThrows(DecisionException.class,
                () -> DecisionFolder.open(tmp, "optimize", "two", true, false));
        assertTrue(e.getMessage().contains("another"), e.getMessage());
    }

    @Test
    void verificationChecks_pass() throws Exception {
        try (ExperimentEngine engine = ExperimentEngines.find(ExperimentEngines.LOCAL).open(new EngineSettings(2, null))) {
            DecisionChecks.Check optimize = DecisionChecks.run("optimize-sensor-lines", engine, 1);
            assertTrue(optimize.passed(), optimize.figures());
        }
        DecisionChecks.Check prim = DecisionChecks.run("prim-known-box", null, 1);
        assertTrue(prim.passed(), prim.figures());
    }
}
