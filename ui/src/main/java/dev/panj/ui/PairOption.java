package dev.panj.ui;

import dev.panj.results.sweep.FactorPair;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The value of {@code --pair A,B}: two different factors of the sweep, named by their paths. */
final class PairOption {
    private PairOption() {
    }

    /** The comma that separates the two paths is the first one outside brackets ({@code links[TJK,KGZ]}). */
    static FactorPair parse(CommandLine cmd, String value, List<String> factors) {
        int comma = -1;
        int depth = 0;
        for (int i = 0; i < value.length() && comma < 0; i++) {
            char c = value.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == ',' && depth == 0) {
                comma = i;
            }
        }
        if (comma <= 0 || comma == value.length() - 1) {
            throw new ParameterException(cmd, "--pair expects two factors A,B, e.g. csto.decisionDelay,"
                    + "militants.abortOnDetection, but was '" + value + "'");
        }
        String first = factor(cmd, value.substring(0, comma).strip(), factors);
        String second = factor(cmd, value.substring(comma + 1).strip(), factors);
        if (first.equals(second)) {
            throw new ParameterException(cmd, "--pair expects two different factors, but was '" + value + "'");
        }
        return new FactorPair(first, second);
    }

    private static String factor(CommandLine cmd, String name, List<String> factors) {
        if (!factors.contains(name)) {
            throw new ParameterException(cmd, "--pair: '" + name + "' is not a factor of the sweep"
                    + NameSuggestion.suffix(name, factors) + "; the factors are " + String.join(", ", factors));
        }
        return name;
    }
}
