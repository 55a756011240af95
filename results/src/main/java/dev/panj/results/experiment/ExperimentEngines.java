package dev.panj.results.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds an engine by name: {@code local}, built in, or one whose {@link ExecutorFactory} is on the class path. */
public final class ExperimentEngines {
    public static final String LOCAL = "local";

    /** Engines that live in jars of their own, and how users get them. */
    private static final Map<String, String> ELSEWHERE = Map.of(
            "spark", "the Spark engine is not on the classpath: run through ./panj, which adds it");

    private ExperimentEngines() {
    }

    /** @throws EngineUnavailableException if no engine of that name is on the class path */
    public static ExecutorFactory find(String engine) throws EngineUnavailableException {
        if (LOCAL.equals(engine)) {
            return new LocalExecutorFactory();
        }
        for (ExecutorFactory factory : ServiceLoader.load(ExecutorFactory.class)) {
            if (factory.engine().equals(engine)) {
                return factory;
            }
        }
        String hint = ELSEWHERE.get(engine);
        if (hint != null) {
            throw new EngineUnavailableException(hint);
        }
        throw new EngineUnavailableException("unknown engine '" + engine + "': expected one of "
                + String.join(", ", known()));
    }

    /** The names of the engines known to this build, whether or not their jar is on the class path. */
    private static List<String> known() {
        List<String> names = new ArrayList<>(List.of(LOCAL));
        names.addAll(ELSEWHERE.keySet().stream().sorted().toList());
        for (ExecutorFactory factory : ServiceLoader.load(ExecutorFactory.class)) {
            if (!names.contains(factory.engine())) {
                names.add(factory.engine());
            }
        }
        return names;
    }
}
