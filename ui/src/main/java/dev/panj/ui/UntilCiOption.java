package dev.panj.ui;

import dev.panj.sim.metrics.MetricNames;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The value of {@code --until-ci METRIC=HALFWIDTH}, checked: a known metric and a positive half-width. */
record UntilCiOption(String metric, double halfWidth) {

    static UntilCiOption parse(CommandLine cmd, String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new ParameterException(cmd, "--until-ci expects METRIC=HALFWIDTH, e.g. interdiction_rate=0.01, but was '"
                    + value + "'");
        }
        String metric = value.substring(0, eq).strip();
        if (!MetricNames.ALL.contains(metric)) {
            throw new ParameterException(cmd, "--until-ci: unknown metric '" + metric + "'"
                    + NameSuggestion.suffix(metric, MetricNames.ALL) + " (the metrics are listed in summary.json and "
                    + "by panj run)");
        }
        double halfWidth;
        try {
            halfWidth = Double.parseDouble(value.substring(eq + 1).strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(cmd, "--until-ci: the half-width must be a number, but was '"
                    + value.substring(eq + 1) + "'");
        }
        if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
            throw new ParameterException(cmd, "--until-ci: the half-width must be a positive number, but was '"
                    + value.substring(eq + 1) + "'");
        }
        return new UntilCiOption(metric, halfWidth);
    }
}
