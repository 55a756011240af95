package dev.panj.ui;

import dev.panj.results.bench.BatchThroughput;
import dev.panj.results.bench.BenchFigures;
import dev.panj.results.bench.GroupStepBench;
import dev.panj.results.bench.ScalingBench;
import dev.panj.results.bench.ScalingMeasurement;
import dev.panj.results.bench.TrafficBench;
import dev.panj.results.io.AtomicFiles;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
 * shared machines are noisy, so it prints medians and the load average, and leaves judging them to the reader.
 */
@Command(name = "bench",
        description = {
            "Measures the model. Interacting agent-steps: N green-border parties of busy-border on the move, each "
                    + "moved and checked against every post, sensor and patrol in range through the model's "
                    + "spatial index, detection drawn; the same workload as a plain MASON model (agents as "
                    + "Steppables, a Continuous2D, getNeighborsWithinDistance) and the ratio. Then, on lines of "
                    + "their own: interaction-free walkers on the road to the crossings (not agent-steps of the "
                    + "above), a militant group-step, and batch throughput of barrier-2015 on 1 and 2 threads.",
            "Run with a large heap for a million agents, e.g. PANJ_JAVA_OPTS=-Xmx8g ./panj bench."
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]",
            description = "Agents on the move, one measurement each (default 10000,100000,1000000).")
    private List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));

    @Option(names = "--repeats", paramLabel = "R", description = "Timed runs per figure; the median is reported (default 3).")
    private int repeats = 3;

    @Option(names = "--ticks", paramLabel = "T",
            description = "Ticks timed per run of the interacting workload (default 4: an hour of 15-minute ticks).")
    private int ticks = 4;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications of barrier-2015 per throughput measurement (default 100).")
    private int replications = 100;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1 || replications < 1 || ticks < 1 || sizes.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--sizes, --repeats, --ticks and --replications must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Double loadAtStart = load();
        out.printf(Locale.ROOT, "%d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                loadAtStart == null ? "unknown" : String.format(Locale.ROOT, "%.2f", loadAtStart));
        Map<String, Double> interacting = new LinkedHashMap<>();
        Map<String, Double> mason = new LinkedHashMap<>();
        Map<String, Double> heap = new LinkedHashMap<>();

        out.println();
        out.printf(Locale.ROOT, "Interacting agent-steps: busy-border, N green-border parties on the move (spread over "
                + "its flows by their rates), %d ticks; each party-step moves a party, checks it against every post, "
                + "sensor and patrol in range through a spatial index and draws its detection%n", ticks);
        out.printf(Locale.ROOT, "%10s %12s %13s %14s %11s %13s %14s %10s %10s%n", "agents", "steps/run",
                "ours ns/step", "MASON ns/step", "MASON/ours", "ours B/agent", "MASON B/agent", "sightings",
                "in range");
        TrafficBench traffic = new TrafficBench(ScenarioLibrary.load("busy-border").config(),
                ScenarioLibrary.geoData(), ticks, repeats);
        for (int n : sizes) {
            TrafficBench.Measurement m = traffic.measure(n);
            if (m.sightings() != m.masonSightings() || m.agentSteps() != m.masonAgentSteps()) {
                throw new IllegalStateException("the MASON model and the model disagree at " + n + " parties: "
                        + m.sightings() + " and " + m.masonSightings() + " sightings, " + m.agentSteps() + " and "
                        + m.masonAgentSteps() + " steps");
            }
            out.printf(Locale.ROOT, "%10d %12d %13.1f %14.1f %11.1f %13.1f %14.1f %10d %10.3f%n", n, m.agentSteps(),
                    m.nsPerAgentStep(), m.masonNsPerAgentStep(), m.ratio(), m.heapBytesPerAgent(),
                    m.masonHeapBytesPerAgent(), m.sightings(), (double) m.inRange() / m.agentSteps());
            out.flush();
            interacting.put(Integer.toString(n), m.nsPerAgentStep());
            mason.put(Integer.toString(n), m.masonNsPerAgentStep());
            heap.put(Integer.toString(n), m.heapBytesPerAgent());
        }
        out.println("(ours: whole model ticks, every phase; MASON: its schedule's steps; neither includes building "
                + "the population. Same parties, detectors, patrol paths and draws: the sightings agree exactly.)");

        out.println();
        out.println("Interaction-free, NOT agent-steps of the above: walkers on the road to the crossings "
                + "(scale-10k exodus resized; whole runs over walker-, patrol-, group- and unit-steps)");
        LoadedScenario scale = ScenarioLibrary.load("scale-10k");
        ScalingBench scaling = new ScalingBench(scale.config(), ScenarioLibrary.geoData(), repeats);
        out.printf(Locale.ROOT, "%10s %16s %16s%n", "people", "ns/walker-step", "heap B/walker");
        for (int n : sizes) {
            ScalingMeasurement m = scaling.measure(n);
            out.printf(Locale.ROOT, "%10d %16.1f %16.1f%n", n, m.nsPerAgentStep(), m.heapBytesPerAgent());
            out.flush();
        }

        out.println();
        GroupStepBench groups = new GroupStepBench(scale.config(), ScenarioLibrary.geoData(), 10, Math.max(5, repeats));
        double[] g = groups.measure();
        out.printf(Locale.ROOT, "Militant group-step: %.1f ns (marginal: scale-10k's waves x40 against x10, the "
                + "difference of whole runs' times over that of their group-steps; %d group-steps in the larger)%n",
                g[0], (long) g[1]);
        out.flush();

        LoadedScenario barrier = ScenarioLibrary.load("barrier-2015");
        BatchThroughput throughput = new BatchThroughput(barrier, ScenarioLibrary.geoData());
        double[] rates = throughput.speedup(replications, Math.max(3, repeats));
        out.printf(Locale.ROOT, "barrier-2015 batches of %d, after %d warm-up batches (until the JIT was quiet): "
                + "%.1f replications/s on 1 thread, %.1f on 2, speedup %.2f (median of %d pairs)%n",
                replications, (int) rates[3], rates[0], rates[1], rates[2], Math.max(3, repeats));
        Double loadAtEnd = load();
        out.printf(Locale.ROOT, "load average at the end %s%n",
                loadAtEnd == null ? "unknown" : String.format(Locale.ROOT, "%.2f", loadAtEnd));
        if (json != null) {
            BenchFigures figures = new BenchFigures(BenchFigures.SCHEMA_VERSION, interacting, mason, g[0], heap,
                    rates[2], new BenchFigures.Machine(Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory(), System.getProperty("java.version"), loadAtStart, loadAtEnd));
            AtomicFiles.writeString(json, figures.json());
            out.println("wrote " + json);
        }
        return 0;
    }

    private static Double load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? null : l;
    }
}
