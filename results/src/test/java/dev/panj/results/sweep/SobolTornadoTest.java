package dev.panj.results.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.StopSignal;
import dev.panj.sim.metrics.MetricNames;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sobol' tornado says when a first-order index lies outside [0, ST], which no true index does: the row is marked
 * "noise", the subtitle says how many factors are too noisy to rank and asks for more points, and the alt text names
 * them. A sweep whose estimates are consistent carries no such flag.
 */
class SobolTornadoTest {
    private static final String PROBABILITY = "sensorLines[river-line].sensor.probability=0.2:1";
    private static final String INERT = "csto.decisionDelay=1h:100h";

    @Test
    void tornado_flagsFirstOrderIndicesAboveTheTotalAsNoise(@TempDir Path dir) throws Exception {
        SweepSpec spec = SweepFixtures.spec(new DesignSettings(DesignKind.SOBOL, 8, 3, 4), 1, PROBABILITY, INERT);
        new Sweep(spec, SweepFixtures.model(2), 2, new StopSignal(), BatchProgress.NONE).runInto(dir);
        String metric = MetricNames.MILITANTS_DETECTED;

        // The indices of the first factor set by hand, so that the test does not hang on what a small design estimates:
        // first S1 0.2 within ST 0.3 (consistent), then S1 0.45 above it (noise).
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve(SweepLayout.SENSITIVITY);
        ObjectNode sensitivity = (ObjectNode) json.readTree(file.toFile());
        ObjectNode factor = (ObjectNode) sensitivity.path("metrics").path(metric).path("factors").get(0);
        String name = factor.path("factor").asText();
        index(factor.putObject("st"), 0.3, 0.1, 0.5);
        index(factor.putObject("s1"), 0.2, 0.05, 0.35);
        ObjectNode other = (ObjectNode) sensitivity.path("metrics").path(metric).path("factors").get(1);
        index(other.putObject("st"), 0.05, 0, 0.1);
        index(other.putObject("s1"), 0.01, 0, 0.04);
        json.writeValue(file.toFile(), sensitivity);
        Chart consistent = SweepCharts.tornado(SweepFolder.read(dir), metric);
        String consistentSvg = ChartFiles.svg(consistent).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");

        index(factor.putObject("s1"), 0.45, 0.2, 0.7);
        json.writeValue(file.toFile(), sensitivity);
        Chart noisy = SweepCharts.tornado(SweepFolder.read(dir), metric);
        // The drawn text, wherever the subtitle wraps: tags out, white space folded.
        String noisySvg = ChartFiles.svg(noisy).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");

        assertFalse(consistent.alt().contains("too noisy"), consistent.alt());
        assertFalse(consistentSvg.contains("too noisy"), "no flag without cause");
        assertTrue(noisy.alt().contains("First-order index below 0 or above the total for " + name), noisy.alt());
        assertTrue(noisySvg.contains("first-order index outside [0, ST] for 1 factor(s): too noisy at N = 8"),
                "the subtitle flags it and names the design's size");
        assertTrue(noisySvg.contains("noise · S1 0.45"), "the row is marked noise, ahead of its numbers");
        assertFalse(consistentSvg.contains("noise ·"));
        assertTrue(noisy.caption().contains("true S1 lies between 0 and ST"), noisy.caption());
    }

    private static void index(ObjectNode node, double value, double low, double high) {
        node.put("value", value);
        node.put("ci_low", low);
        node.put("ci_high", high);
    }
}
