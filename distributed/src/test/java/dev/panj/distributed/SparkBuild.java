package dev.panj.distributed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the build put what the cluster tests run: the module folder (failsafe passes it as {@code panj.distributed.dir}),
 * the job jar, the cluster script and the Spark installation it builds, and Spark's JVM options.
 */
record SparkBuild(Path root, Path target) {
    static SparkBuild current() {
        String dir = System.getProperty("panj.distributed.dir");
        if (dir == null) {
            throw new IllegalStateException("panj.distributed.dir is not set: run the cluster tests through Maven "
                    + "(mvn -B -pl distributed -am verify), whose failsafe configuration sets it");
        }
        Path root = Path.of(dir).toAbsolutePath().normalize();
        SparkBuild build = new SparkBuild(root, root.resolve("target"));
        for (Path needed : List.of(build.jobJar(), build.script(), build.target().resolve("spark-jars.txt"))) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException(needed + " is missing: the cluster tests run after the package phase "
                        + "(mvn -B -pl distributed -am verify)");
            }
        }
        return build;
    }

    Path jobJar() {
        return target.resolve("panj-spark-job.jar");
    }

    Path script() {
        return root.resolve("cluster").resolve("local-cluster");
    }

    /** The Spark installation the cluster script builds under target/ (jars/, conf/). */
    Path sparkHome() {
        return target.resolve("spark-home");
    }

    /** Spark's Java 17 options, as the cluster script wrote them. */
    List<String> jvmOptions() throws IOException {
        return Files.readAllLines(sparkHome().resolve("conf").resolve("jvm-options.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
    }
}
