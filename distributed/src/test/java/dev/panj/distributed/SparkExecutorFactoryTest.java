package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.panj.results.experiment.ExperimentEngines;
import org.junit.jupiter.api.Test;

class SparkExecutorFactoryTest {
    @Test
    void find_spark_isThisModulesFactoryFromItsServiceFile() throws Exception {
        assertInstanceOf(SparkExecutorFactory.class, ExperimentEngines.find("spark"));
    }
}
