package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The pipeline from a file to a checked configuration: safe parse of the file and everything it extends, merge,
 * bind, cross-field checks, and only then, if nothing was found wrong, the resolved YAML and its hash.
 */
final class ScenarioLoader {

    private final GeoData geo;
    private final ScenarioFinder finder;

    ScenarioLoader(GeoData geo, ScenarioFinder finder) {
        this.geo = geo;
        this.finder = finder;
    }

    /** A scenario to run: as {@link #check}, and an abstract scenario is a problem. */
    LoadedScenario load(SourceFile file) throws ScenarioException {
        return check(file, true).scenario();
    }

    /** Checks text handed over directly, as {@link #load}. */
    LoadedScenario parse(String yamlText, String origin) throws ScenarioException {
        return load(SourceFile.text(yamlText, origin));
    }

    /** Checks a scenario; with {@code runnable}, one marked {@code abstract: true} is reported as a problem. */
    ResolvedScenario check(SourceFile file, boolean runnable) throws ScenarioException {
        ProblemCollector problems = new ProblemCollector(file.origin());
        InheritanceResolver.Resolution resolution = new InheritanceResolver(finder, problems).resolve(file);
        if (resolution.root() == null) {
            problems.throwIfAny();
            throw new IllegalStateException("an unreadable scenario without a problem: " + file.origin());
        }
        if (runnable && resolution.abstractKey() != null) {
            problems.add(resolution.abstractKey().getStartMark(), InheritanceResolver.ABSTRACT, "expected a scenario "
                    + "that can run, found one marked abstract (a base for other scenarios to extend)");
        }
        SourceMap source = new SourceMap();
        ScenarioConfig config = new RecordBinder(problems, source, ScenarioStart.of(resolution.root()))
                .bindRoot(ScenarioConfig.class, resolution.root());
        if (config != null) {
            new ScenarioValidator(new CheckContext(problems, source, geo)).validate(config);
        }
        SourceChecks.check(resolution.sources(), problems);
        problems.throwIfAny();
        String resolved = ScenarioYaml.write(config);
        LoadedScenario loaded = new LoadedScenario(config.name(), file.origin(), config, resolved, sha256(resolved));
        List<String> files = resolution.files().stream().map(SourceFile::origin).toList();
        Provenance provenance = new Provenance(source, problems.files(), resolution.files());
        return new ResolvedScenario(loaded, resolution.abstractKey() != null, files, provenance,
                () -> ParameterSources.of(config, provenance, resolution.sources(), resolution.files()));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
