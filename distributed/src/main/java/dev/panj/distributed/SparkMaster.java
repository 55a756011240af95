package dev.panj.distributed;

import dev.panj.results.experiment.EngineUnavailableException;
import dev.panj.results.experiment.ServiceUnavailableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A Spark master URL, checked before Spark starts, so that a mistyped URL or a cluster that is not there gets one
 * line that says so rather than Spark's stack trace or a minute of Spark retrying.
 *
 * <p>The forms are Spark's own: {@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]} (F attempts per
 * task), {@code local-cluster[N,C,M]} (Spark's test mode), {@code spark://HOST:PORT} (a standalone master, or several
 * separated by commas for standby masters), {@code yarn} and {@code k8s://...}.
 */
final class SparkMaster {
    /** Default port of a standalone master, offered when a URL has none. */
    static final int STANDALONE_PORT = 7077;

    private static final Pattern LOCAL = Pattern.compile("local(\\[([1-9][0-9]*|\\*)(\\s*,\\s*[1-9][0-9]*)?])?");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[\\s*[1-9][0-9]*\\s*,\\s*[1-9][0-9]*"
            + "\\s*,\\s*[1-9][0-9]*\\s*]");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^:/\\[\\]\\s]+):([0-9]{1,5})");
    private static final String EXPECTED = "expected local, local[N], local[*], spark://HOST:PORT, yarn or "
            + "k8s://https://HOST:PORT";
    private static final String YARN_MANAGER = "org.apache.spark.scheduler.cluster.YarnClusterManager";
    private static final String KUBERNETES_MANAGER = "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager";

    enum Kind { LOCAL, LOCAL_CLUSTER, STANDALONE, YARN, KUBERNETES }

    private final String url;
    private final Kind kind;
    private final List<InetSocketAddress> masters;

    private SparkMaster(String url, Kind kind, List<InetSocketAddress> masters) {
        this.url = url;
        this.kind = kind;
        this.masters = List.copyOf(masters);
    }

    /**
     * The master {@code url} names.
     *
     * @throws EngineUnavailableException if it is not a Spark master URL, with the forms expected and, where one is
     *                                    close, the URL probably meant
     */
    static SparkMaster parse(String url) throws EngineUnavailableException {
        String trimmed = url.strip();
        if (LOCAL.matcher(trimmed).matches()) {
            return new SparkMaster(trimmed, Kind.LOCAL, List.of());
        }
        if (LOCAL_CLUSTER.matcher(trimmed).matches()) {
            return new SparkMaster(trimmed, Kind.LOCAL_CLUSTER, List.of());
        }
        if (trimmed.equals("yarn")) {
            return new SparkMaster(trimmed, Kind.YARN, List.of());
        }
        if (trimmed.startsWith("k8s://") && trimmed.length() > "k8s://".length()) {
            return new SparkMaster(trimmed, Kind.KUBERNETES, List.of());
        }
        if (trimmed.startsWith("spark://")) {
            return new SparkMaster(trimmed, Kind.STANDALONE, standaloneMasters(url, trimmed.substring(8)));
        }
        throw notAMaster(url, suggestion(trimmed));
    }

    String url() {
        return url;
    }

    Kind kind() {
        return kind;
    }

    boolean isLocal() {
        return kind == Kind.LOCAL;
    }

    /** True for standalone masters that all listen on this machine's loopback interface (127.x, ::1, localhost). */
    boolean isOnLoopback() {
        return kind == Kind.STANDALONE && masters.stream().map(InetSocketAddress::getHostString)
                .allMatch(host -> host.equals("localhost") || host.startsWith("127.") || host.equals("::1"));
    }

    /** The standalone masters' addresses, unresolved; empty for other kinds. */
    List<InetSocketAddress> masters() {
        return masters;
    }

    /**
     * Checks that Spark on this class path can use this kind of master: YARN and Kubernetes need Spark modules that
     * {@code ./panj} does not bring (spark-submit on a Spark installation does).
     */
    void checkSupported() throws EngineUnavailableException {
        String manager = kind == Kind.YARN ? YARN_MANAGER : kind == Kind.KUBERNETES ? KUBERNETES_MANAGER : null;
        if (manager == null) {
            return;
        }
        try {
            Class.forName(manager, false, SparkMaster.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new EngineUnavailableException("the Spark master " + url + " needs Spark's "
                    + (kind == Kind.YARN ? "YARN" : "Kubernetes") + " support, which is not on this class path: run "
                    + "panj-spark-job.jar with spark-submit from a Spark installation that has it (docs/distributed.md)");
        }
    }

    /**
     * Checks that at least one standalone master accepts a connection within {@code timeoutMillis}; nothing to check
     * for other kinds.
     *
     * @throws EngineUnavailableException naming each address and why it could not be reached
     */
    void checkReachable(int timeoutMillis) throws EngineUnavailableException {
        if (kind != Kind.STANDALONE) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        for (InetSocketAddress master : masters) {
            String reason = connect(master, timeoutMillis);
            if (reason == null) {
                return;
            }
            reasons.add(master.getHostString() + ":" + master.getPort() + " (" + reason + ")");
        }
        throw new ServiceUnavailableException("cannot reach the Spark master at " + String.join(", ", reasons)
                + ": is the master running, and is this the URL its log gives (\"Starting Spark master at ...\")?");
    }

    /** Why {@code address} could not be reached, or null if it accepted a connection. */
    private static String connect(InetSocketAddress address, int timeoutMillis) {
        InetSocketAddress resolved = new InetSocketAddress(address.getHostString(), address.getPort());
        if (resolved.isUnresolved()) {
            return "unknown host";
        }
        try (Socket socket = new Socket()) {
            socket.connect(resolved, timeoutMillis);
            return null;
        } catch (SocketTimeoutException e) {
            return "no answer within " + timeoutMillis / 1000.0 + " s";
        } catch (UnknownHostException e) {
            return "unknown host";
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.toLowerCase(Locale.ROOT);
        }
    }

    private static List<InetSocketAddress> standaloneMasters(String url, String hosts) throws EngineUnavailableException {
        List<InetSocketAddress> masters = new ArrayList<>();
        for (String hostPort : hosts.split(",", -1)) {
            Matcher m = HOST_PORT.matcher(hostPort.strip());
            if (!m.matches()) {
                throw notAMaster(url, hostPort.isBlank() || hostPort.contains(":") || hostPort.contains("/")
                        ? "" : "; did you mean 'spark://" + hostPort.strip() + ":" + STANDALONE_PORT
                        + "' (the standalone master's default port)?");
            }
            int port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65535) {
                throw notAMaster(url, "; its port " + port + " is not between 1 and 65535");
            }
            String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
            masters.add(InetSocketAddress.createUnresolved(host, port));
        }
        return masters;
    }

    /** {@code "; did you mean '...'?"} for a mistyped scheme, separator or {@code local}, or the empty string. */
    private static String suggestion(String url) {
        LevenshteinDistance distance = new LevenshteinDistance(2);
        Matcher scheme = Pattern.compile("([A-Za-z0-9+.-]+)(:/{0,3})(.*)").matcher(url);
        if (scheme.matches()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            for (String known : List.of("spark", "k8s")) {
                int d = distance.apply(name, known);
                if (d > 0 || (d == 0 && !scheme.group(2).equals("://"))) {
                    return "; did you mean '" + known + "://" + scheme.group(3) + "'?";
                }
            }
            return "";
        }
        Matcher local = Pattern.compile("([A-Za-z-]+)(\\[.*)?").matcher(url);
        if (local.matches()) {
            String name = local.group(1).toLowerCase(Locale.ROOT);
            String threads = local.group(2) == null ? "" : local.group(2);
            if (distance.apply(name, "local") > 0 && LOCAL.matcher("local" + threads).matches()) {
                return "; did you mean 'local" + threads + "'?";
            }
            if (distance.apply(name, "yarn") > 0 && threads.isEmpty()) {
                return "; did you mean 'yarn'?";
            }
        }
        return "";
    }

    private static EngineUnavailableException notAMaster(String url, String detail) {
        return new EngineUnavailableException("'" + url + "' is not a Spark master URL" + detail + " (" + EXPECTED
                + ")");
    }

    @Override
    public String toString() {
        return url;
    }
}
