package dev.panj.results.verify;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point for model verification: the built-in suite of verification scenarios (one per classical
 * result, shipped with the scenario library under {@code verification/}), loading a user's own verification
 * files, and running cases through the real model to compare each law's analytic value with the replications'
 * estimate. See docs/verification.md.
 */
public final class VerificationSuite {
    /** The resource folder of the built-in cases: {@code index.txt} names them, {@code <name>.yaml} holds each. */
    static final String FOLDER = "dev/panj/scenarios/verification/";

    private VerificationSuite() {
    }

    /** The names of the built-in cases, in the index's order. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").orElse("").lines().toList()) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Every built-in case, in the index's order. */
    public static List<VerificationCase> builtIn() throws ScenarioException {
        List<VerificationCase> cases = new ArrayList<>();
        for (String name : builtInNames()) {
            cases.add(builtIn(name));
        }
        return List.copyOf(cases);
    }

    /** The built-in case {@code name}. */
    public static VerificationCase builtIn(String name) throws ScenarioException {
        String text = resource(name + ".yaml")
                .orElseThrow(() -> new IllegalArgumentException("no built-in verification case " + name));
        return VerificationCase.of(ScenarioLibrary.parse(text, origin(name)));
    }

    /** The names of the built-in checks of {@code panj attribute} (see {@link AttributionCase}), in order. */
    public static List<String> builtInAttributionNames() {
        return AttributionCases.names();
    }

    /** Every built-in check of {@code panj attribute}. */
    public static List<AttributionCase> builtInAttribution() throws ScenarioException {
        List<AttributionCase> cases = new ArrayList<>();
        for (AttributionCases.Definition d : AttributionCases.BUILT_IN) {
            cases.add(AttributionCases.load(d));
        }
        return List.copyOf(cases);
    }

    /** The built-in check of {@code panj attribute} named {@code name}. */
    public static AttributionCase builtInAttribution(String name) throws ScenarioException {
        for (AttributionCases.Definition d : AttributionCases.BUILT_IN) {
            if (d.name().equals(name)) {
                return AttributionCases.load(d);
            }
        }
        throw new IllegalArgumentException("no built-in attribution check " + name);
    }

    /**
     * Runs the law cases as {@link #run(List, VerificationSettings)} does, then the attribution checks, each with the
     * same seed and settings; the report lists the law cases first.
     *
     * @throws InterruptedException if the calling thread is interrupted while replications run
     */
    public static VerificationReport run(List<VerificationCase> cases, List<AttributionCase> attribution,
                                         VerificationSettings settings) throws InterruptedException {
        List<CaseResult> results = new ArrayList<>();
        if (!cases.isEmpty()) {
            results.addAll(SuiteRunner.run(cases, settings).cases());
        }
        for (AttributionCase c : attribution) {
            results.add(AttributionCheck.run(c, settings));
        }
        return new VerificationReport(settings, results);
    }

    /** The text of the built-in case {@code name}, as shipped (a template for one's own cases). */
    public static Optional<String> builtInText(String name) {
        return builtInNames().contains(name) ? resource(name + ".yaml") : Optional.empty();
    }

    /**
     * A built-in case by name, or else a verification file by path; a file without a {@code verification} block is
     * a problem in it.
     */
    public static VerificationCase load(String nameOrPath) throws ScenarioException {
        if (builtInNames().contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        LoadedScenario scenario = ScenarioLibrary.load(nameOrPath);
        return VerificationCase.of(scenario);
    }

    /**
     * Runs every case's replications through the model and compares them with the laws.
     *
     * @throws InterruptedException if the calling thread is interrupted while replications run
     */
    public static VerificationReport run(List<VerificationCase> cases, VerificationSettings settings)
            throws InterruptedException {
        return SuiteRunner.run(cases, settings);
    }

    static String origin(String name) {
        return "verification/" + name + ".yaml";
    }

    /** A file of the built-in suite's folder. */
    static Optional<String> resourceText(String file) {
        return resource(file);
    }

    private static Optional<String> resource(String file) {
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in resource " + FOLDER + file, e);
        }
    }
}
