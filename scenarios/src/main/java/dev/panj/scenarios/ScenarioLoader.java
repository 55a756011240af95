package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The pipeline from text to a checked configuration: safe parse, bind, cross-field checks, and only then,
 * if nothing was found wrong, the resolved YAML and its hash.
 */
final class ScenarioLoader {

    private final GeoData geo;

    ScenarioLoader(GeoData geo) {
        this.geo = geo;
    }

    LoadedScenario parse(String yamlText, String origin) throws ScenarioException {
        ProblemCollector problems = new ProblemCollector(origin);
        Node root = SafeYamlReader.read(yamlText, problems);
        if (root == null) {
            problems.throwIfAny();
        }
        SourceMap source = new SourceMap();
        ScenarioConfig config = new RecordBinder(problems, source).bindRoot(ScenarioConfig.class, root);
        if (config != null) {
            new ScenarioValidator(new CheckContext(problems, source, geo)).validate(config);
        }
        problems.throwIfAny();
        String resolved = ScenarioYaml.write(config);
        return new LoadedScenario(config.name(), origin, config, resolved, sha256(resolved));
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
