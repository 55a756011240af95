package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.ReplicationSeeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** A verification case's replications as a task that travels to another JVM (a cluster's executor). */
class CaseObservationsTest {
    @SuppressWarnings("unchecked")
    private static <T> T serializedAndBack(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static CaseObservations task(String name) throws Exception {
        return new CaseObservations(SuiteRunner.prepare(VerificationSuite.builtIn(name), 10));
    }

    @Test
    void travelled_preparesTheCaseAgain_sameObservations() throws Exception {
        CaseObservations here = task("sensor-line");
        CaseObservations there = serializedAndBack(here);

        for (int i = 0; i < 5; i++) {
            var replication = ReplicationSeeds.replication(7, i);
            SuiteRunner.Observation expected = here.run(replication);
            SuiteRunner.Observation actual = serializedAndBack(there.run(replication));
            assertArrayEquals(expected.values(), actual.values(), "replication " + i);
            assertEquals(expected.problems(), actual.problems(), "replication " + i);
        }
    }

    @Test
    void travelled_toAnotherPanjVersion_saysSo() throws Exception {
        CaseObservations there = serializedAndBack(task("little"));
        // As if the suite's Panj resolved the case to other text than this JVM's does.
        Field hash = CaseObservations.class.getDeclaredField("sha256");
        hash.setAccessible(true);
        hash.set(there, "0".repeat(64));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> there.run(ReplicationSeeds.replication(1, 0)));

        assertTrue(e.getMessage().startsWith("verification case verification/little.yaml resolves to sha256 "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" here but to " + "0".repeat(64)
                + " where the suite started: different Panj versions"), e.getMessage());
    }
}
