package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.EngineUnavailableException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SparkMasterTest {
    @ParameterizedTest
    @ValueSource(strings = {"local", "local[1]", "local[8]", "local[*]", "local[2,3]", "local[*, 4]"})
    void parse_localForms_areLocal(String url) throws Exception {
        assertTrue(SparkMaster.parse(url).isLocal());
    }

    @Test
    void parse_standalone_listsEveryMaster() throws Exception {
        SparkMaster master = SparkMaster.parse("spark://head:7077,standby.example:7078");

        assertEquals(SparkMaster.Kind.STANDALONE, master.kind());
        assertEquals(List.of(InetSocketAddress.createUnresolved("head", 7077),
                InetSocketAddress.createUnresolved("standby.example", 7078)), master.masters());
        assertFalse(master.isOnLoopback());
    }

    @Test
    void parse_standaloneOnThisMachine_isOnLoopback() throws Exception {
        assertTrue(SparkMaster.parse("spark://127.0.0.1:7077").isOnLoopback());
        assertTrue(SparkMaster.parse("spark://localhost:7077").isOnLoopback());
        assertTrue(SparkMaster.parse("spark://[::1]:7077").isOnLoopback());
    }

    @Test
    void parse_yarnKubernetesAndSparksTestMode_areKnown() throws Exception {
        assertEquals(SparkMaster.Kind.YARN, SparkMaster.parse("yarn").kind());
        assertEquals(SparkMaster.Kind.KUBERNETES, SparkMaster.parse("k8s://https://api.example:6443").kind());
        assertEquals(SparkMaster.Kind.LOCAL_CLUSTER, SparkMaster.parse("local-cluster[2,1,1024]").kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sprak://head:7077 | ; did you mean 'spark://head:7077'?",
        "spark:/head:7077 | ; did you mean 'spark://head:7077'?",
        "spark://head | ; did you mean 'spark://head:7077' (the standalone master's default port)?",
        "locl[2] | ; did you mean 'local[2]'?",
        "yarm | ; did you mean 'yarn'?",
        "spark://head:99999 | ; its port 99999 is not between 1 and 65535",
    })
    void parse_mistypedUrl_saysWhatWasProbablyMeant(String url, String detail) {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class, () -> SparkMaster.parse(url));

        assertEquals("'" + url + "' is not a Spark master URL" + detail + " (expected local, local[N], local[*], "
                + "spark://HOST:PORT, yarn or k8s://https://HOST:PORT)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nowhere://x", "local[0]", "local[two]", "spark://", "spark://:7077",
        "spark://head:port", "k8s://", "mesos://head:5050"})
    void parse_notAMaster_isRefusedOnOneLine(String url) {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class, () -> SparkMaster.parse(url));

        assertTrue(e.getMessage().startsWith("'" + url + "' is not a Spark master URL"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void checkReachable_nobodyListening_namesTheAddressAndWhy() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SparkMaster master = SparkMaster.parse("spark://127.0.0.1:" + port);

        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> master.checkReachable(2_000));

        assertEquals("cannot reach the Spark master at 127.0.0.1:" + port + " (connection refused): is the master "
                + "running, and is this the URL its log gives (\"Starting Spark master at ...\")?", e.getMessage());
    }

    @Test
    void checkReachable_oneOfTwoMastersListening_isEnough() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            SparkMaster master = SparkMaster.parse("spark://127.0.0.1:1,127.0.0.1:" + socket.getLocalPort());

            master.checkReachable(2_000);
        }
    }

    @Test
    void checkSupported_yarnWithoutSparksYarnModule_saysToUseSparkSubmit() throws Exception {
        SparkMaster master = SparkMaster.parse("yarn");

        EngineUnavailableException e = assertThrows(EngineUnavailableException.class, master::checkSupported);

        assertTrue(e.getMessage().startsWith("the Spark master yarn needs Spark's YARN support, which is not on this "
                + "class path: run panj-spark-job.jar with spark-submit"), e.getMessage());
    }
}
