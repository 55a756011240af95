package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.Version;
import org.junit.jupiter.api.Test;

class PanjCommandTest {
    @Test
    void help_listsRunSubcommand() {
        Cli.Execution result = Cli.execute("--help");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Usage: panj"), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.strip().startsWith("run ")), result.out());
    }

    @Test
    void version_printsProjectVersion() {
        Cli.Execution result = Cli.execute("--version");

        assertEquals(0, result.exitCode());
        assertEquals("panj " + Version.current(), result.out().strip());
    }

    @Test
    void noSubcommand_isUsageError() {
        Cli.Execution result = Cli.execute();

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("subcommand"), result.err());
    }

    @Test
    void unknownOption_isUsageErrorWithHelpHint() {
        Cli.Execution result = Cli.execute("--frobnicate");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--frobnicate"), result.err());
        assertTrue(result.err().contains("Try 'panj --help'"), result.err());
    }

    @Test
    void unknownSubcommand_isUsageError() {
        Cli.Execution result = Cli.execute("rnu");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("rnu"), result.err());
    }

    @Test
    void helpSubcommand_showsRunUsage() {
        Cli.Execution result = Cli.execute("help", "run");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Usage: panj run"), result.out());
        assertTrue(result.out().contains("--overwrite"), result.out());
    }
}
