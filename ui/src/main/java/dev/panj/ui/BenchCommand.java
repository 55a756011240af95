package dev.panj.ui;

import dev.panj.results.bench.BatchThroughput;
import dev.panj.results.bench.ScalingBench;
import dev.panj.results.bench.ScalingMeasurement;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code panj bench}: the performance figures of docs/performance.md, measured on this machine. Not a test:
 * shared machines are noisy, so it prints medians and leaves judging them to the reader.
 */
@Command(name = "bench",
        description = {
            "Measures the model: nanoseconds per agent-step and heap bytes per agent on the scaling scenario "
                    + "(an exodus of N people walking to the crossings plus militant groups, all sensors on), "
                    + "and batch throughput of barrier-2015 with 1 and 2 threads.",
            "Run with a large heap for a million agents, e.g. PANJ_JAVA_OPTS=-Xmx8g ./panj bench."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]",
            description = "People in the exodus, one measurement each (default 10000,100000,1000000).")
    private List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));

    @Option(names = "--repeats", paramLabel = "R", description = "Timed runs per size; the median is reported (default 3).")
    private int repeats = 3;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications of barrier-2015 per throughput measurement (default 100).")
    private int replications = 100;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1 || replications < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--sizes, --repeats and --replications must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        LoadedScenario scale = ScenarioLibrary.load("scale-10k");
        ScalingBench scaling = new ScalingBench(scale.config(), ScenarioLibrary.geoData(), repeats);
        out.printf(Locale.ROOT, "%10s %14s %16s %12s %14s %10s%n", "people", "ns/agent-step", "heap B/agent",
                "peak agents", "agent-steps", "s/run");
        Map<String, Double> ns = new LinkedHashMap<>();
        Map<String, Double> heap = new LinkedHashMap<>();
        for (int n : sizes) {
            ScalingMeasurement m = scaling.measure(n);
            out.printf(Locale.ROOT, "%10d %14.1f %16.1f %12d %14d %10.2f%n", n, m.nsPerAgentStep(),
                    m.heapBytesPerAgent(), m.peakAgents(), m.agentSteps(), m.secondsPerRun());
            out.flush();
            ns.put(Integer.toString(n), m.nsPerAgentStep());
            heap.put(Integer.toString(n), m.heapBytesPerAgent());
        }
        LoadedScenario barrier = ScenarioLibrary.load("barrier-2015");
        BatchThroughput throughput = new BatchThroughput(barrier, ScenarioLibrary.geoData());
        // Warm the JIT first, then alternate 1 and 2 threads and keep the better of two runs each: a cold first
        // measurement would flatter whichever thread count ran second.
        throughput.replicationsPerSecond(replications, 2);
        double one = 0;
        double two = 0;
        for (int round = 0; round < 2; round++) {
            one = Math.max(one, throughput.replicationsPerSecond(replications, 1));
            two = Math.max(two, throughput.replicationsPerSecond(replications, 2));
        }
        out.printf(Locale.ROOT, "barrier-2015 batch of %d: %.1f replications/s on 1 thread, %.1f on 2 (speedup %.2f, %d cores)%n",
                replications, one, two, two / one, Runtime.getRuntime().availableProcessors());
        if (json != null) {
            AtomicFiles.writeString(json, json(ns, heap, two / one, two));
            out.println("wrote " + json);
        }
        return 0;
    }

    private static String json(Map<String, Double> ns, Map<String, Double> heap, double speedup, double perSecond) {
        return "{\n  \"ns_per_agent_step\": " + object(ns) + ",\n  \"heap_bytes_per_agent\": " + object(heap)
                + ",\n  \"batch_speedup_2_threads\": " + CanonicalNumber.format(speedup)
                + ",\n  \"replications_per_second\": {\"barrier-2015\": " + CanonicalNumber.format(perSecond) + "}\n}\n";
    }

    private static String object(Map<String, Double> values) {
        StringBuilder b = new StringBuilder("{");
        values.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(Double.isNaN(v) ? "null" : CanonicalNumber.format(v)));
        return b.append('}').toString();
    }
}
