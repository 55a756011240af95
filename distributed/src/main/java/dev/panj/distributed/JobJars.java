package dev.panj.distributed;

import dev.panj.results.experiment.EngineUnavailableException;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The jars a driver sends to a cluster's executors ({@code spark.jars}) so that they can run Panj's tasks: the jars
 * this JVM loaded Panj's classes from. Under {@code ./panj} those are {@code panj.jar} (Panj, MASON and their
 * libraries) and {@code panj-distributed.jar}; under {@code spark-submit}, {@code panj-spark-job.jar}, which
 * spark-submit lists in {@code spark.jars} already. Executors in this JVM ({@code local} masters) need none.
 */
final class JobJars {
    /**
     * One class from each of Panj's modules that executors need: the tasks, the runner, the scenarios, the model. The
     * jars that hold them are shaded (panj.jar, the job jar), so MASON and the other libraries come with them.
     */
    private static final List<Class<?>> NEEDED_ON_EXECUTORS = List.of(SliceTask.class, ScenarioRunner.class,
            ScenarioLibrary.class, Simulation.class);

    private JobJars() {
    }

    /**
     * The comma-separated {@code spark.jars} value: {@code configured} (what the user or spark-submit set, may be
     * empty), then each of {@code panjJars} that is not there already (by file name, as spark-submit may have copied
     * it).
     */
    static String withPanj(String configured, List<Path> panjJars) {
        List<String> jars = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String entry : configured.split(",")) {
            if (!entry.isBlank()) {
                jars.add(entry.strip());
                names.add(fileName(entry.strip()));
            }
        }
        for (Path jar : panjJars) {
            if (names.add(jar.getFileName().toString())) {
                jars.add(jar.toString());
            }
        }
        return String.join(",", jars);
    }

    /**
     * The distinct jars Panj's classes were loaded from, in a fixed order.
     *
     * @throws EngineUnavailableException if Panj runs from class folders (an IDE or a build's target/classes): they
     *                                    cannot be sent to a cluster
     */
    static List<Path> panjJars() throws EngineUnavailableException {
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> type : NEEDED_ON_EXECUTORS) {
            Path location = location(type);
            if (!Files.isRegularFile(location)) {
                throw new EngineUnavailableException("Panj's classes are in " + location + ", a folder that cannot be "
                        + "sent to a cluster's executors: run through ./panj, or spark-submit panj-spark-job.jar "
                        + "(docs/distributed.md)");
            }
            jars.add(location);
        }
        return List.copyOf(jars);
    }

    private static Path location(Class<?> type) throws EngineUnavailableException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new EngineUnavailableException("cannot tell which jar holds " + type.getName()
                    + ", so it cannot be sent to the cluster's executors");
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new EngineUnavailableException("cannot send " + source.getLocation() + " to the cluster's executors: "
                    + e.getMessage(), e);
        }
    }

    private static String fileName(String jar) {
        int slash = jar.lastIndexOf('/');
        return slash < 0 ? jar : jar.substring(slash + 1);
    }
}
