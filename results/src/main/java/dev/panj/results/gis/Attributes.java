package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.stats.ConfidenceInterval;
import java.math.BigDecimal;

/** Numbers in attributes as every Panj output writes them (canonical text), and no value (NaN) as JSON null. */
final class Attributes {
    private Attributes() {
    }

    static void number(ObjectNode properties, String name, double value) {
        String text = CanonicalNumber.format(value);
        if (text.isEmpty()) {
            properties.putNull(name);
        } else {
            properties.put(name, new BigDecimal(text));
        }
    }

    /** {@code name}, {@code name_ci_low}, {@code name_ci_high} and {@code name_n}, the observations behind it. */
    static void estimate(ObjectNode properties, String name, double value, ConfidenceInterval ci, long n) {
        number(properties, name, value);
        number(properties, name + "_ci_low", ci.low());
        number(properties, name + "_ci_high", ci.high());
        properties.put(name + "_n", n);
    }
}
