package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkJvmOptionsTest {
    /** The pom's copy of the list (surefire's argLine) must follow Spark's when Spark is upgraded. */
    @Test
    void testJvm_hasEveryOptionSparkAsksFor() {
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();

        for (String option : SparkJvmOptions.options()) {
            assertTrue(given.contains(option), option + " is missing from spark.jvm.options in distributed/pom.xml");
        }
    }
}
