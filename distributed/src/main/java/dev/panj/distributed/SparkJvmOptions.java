package dev.panj.distributed;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * The JVM options that Spark needs on Java 17, taken from Spark itself ({@code JavaModuleOptions}, which
 * {@code spark-submit} applies too), less two that spark-core does not need: the vector incubator module
 * (for MLlib's linear algebra; it prints a warning on every start) and the switch that hides unknown options.
 * {@code ./panj} runs this once per build and caches the lines in {@code distributed/target}.
 */
public final class SparkJvmOptions {
    private static final List<String> LEFT_OUT = List.of("--add-modules=jdk.incubator.vector",
            "-XX:+IgnoreUnrecognizedVMOptions");

    private SparkJvmOptions() {
    }

    static List<String> options() {
        return Arrays.stream(JavaModuleOptions.defaultModuleOptionArray()).filter(o -> !LEFT_OUT.contains(o)).toList();
    }

    /** Prints the options, one per line. */
    public static void main(String[] args) {
        options().forEach(System.out::println);
    }
}
