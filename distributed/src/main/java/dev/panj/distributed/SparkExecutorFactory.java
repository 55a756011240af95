package dev.panj.distributed;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.EngineUnavailableException;
import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ServiceUnavailableException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark} engine ({@code --engine spark}), found by {@link java.util.ServiceLoader}. Before Spark starts
 * it checks the master URL and, for a standalone master, that the master answers; it then waits at most
 * {@value SparkSettings#MASTER_TIMEOUT} for the master to register the application (Spark alone would retry for a
 * minute and then leave a stopped session behind).
 */
public final class SparkExecutorFactory implements ExecutorFactory {
    public static final String ENGINE = "spark";

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public ExperimentEngine open(EngineSettings settings) throws EngineUnavailableException {
        SparkConf conf = SparkSettings.of(settings);
        SparkMaster master = SparkSettings.master(conf);
        master.checkSupported();
        if (master.isLocal()) {
            return new SparkEngine(start(conf, master));
        }
        long timeout = SparkSettings.masterTimeoutMillis(conf);
        master.checkReachable((int) Math.min(Integer.MAX_VALUE, timeout));
        return new SparkEngine(startWithin(conf, master, timeout));
    }

    private static JavaSparkContext start(SparkConf conf, SparkMaster master) throws EngineUnavailableException {
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) {
            throw failedStart(master, e);
        }
    }

    /**
     * Starts Spark on another thread and waits at most {@code timeoutMillis}: a standalone master that accepts the
     * connection but does not register the application would otherwise hold the constructor for a minute. A session
     * that starts after the wait was given up is stopped at once.
     */
    private static JavaSparkContext startWithin(SparkConf conf, SparkMaster master, long timeoutMillis)
            throws EngineUnavailableException {
        CompletableFuture<JavaSparkContext> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                JavaSparkContext spark = new JavaSparkContext(conf);
                if (!started.complete(spark)) {
                    spark.stop();
                }
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "panj-spark-start");
        starter.setDaemon(true);
        starter.start();
        JavaSparkContext spark;
        try {
            spark = started.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            started.cancel(false);
            throw new ServiceUnavailableException("the Spark master at " + master.url() + " accepted the connection but "
                    + "did not register the application within " + timeoutMillis / 1000.0 + " s ("
                    + SparkSettings.MASTER_TIMEOUT                    + "): is it a Spark 4.0 standalone master?");
        } catch (ExecutionException e) {
            throw failedStart(master, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.cancel(false);
            throw new EngineUnavailableException("interrupted while starting Spark with master " + master.url());
        }
        if (spark.sc().isStopped()) {
            // The master gave up on the application (Spark's log says why); the session is of no use.
            throw new ServiceUnavailableException("the Spark master at " + master.url() + " did not accept the "
                    + "application; Spark's log above says why");
        }
        return spark;
    }

    /** Spark's own checks failed the constructor: its reason, first line only (the rest is a stack trace). */
    private static EngineUnavailableException failedStart(SparkMaster master, Throwable e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName());
        return new ServiceUnavailableException("cannot start Spark with master " + master.url() + ": " + reason, e);
    }
}
