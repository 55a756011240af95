package dev.panj.results.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.OutputDirectoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a finished sweep folder, read back: the charts and the report show only what is here, so
 * {@code panj report DIR} draws them again, and draws others, without rerunning anything.
 */
record SweepFolder(Path dir, SweepManifest manifest, CsvTable design, CsvTable points, JsonNode sensitivity,
                   CsvTable failures) {

    static SweepFolder read(Path dir) throws OutputDirectoryException, IOException {
        SweepManifest manifest = SweepManifest.read(dir);
        for (String name : List.of(SweepLayout.DESIGN, SweepLayout.POINTS, SweepLayout.SENSITIVITY)) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new OutputDirectoryException("folder " + dir + " holds no " + name + ", so it is not a finished "
                        + "Panj sweep (a sweep that was interrupted needs panj sweep --resume first)");
            }
        }
        Path failuresFile = dir.resolve(SweepLayout.FAILURES);
        CsvTable failures = Files.isRegularFile(failuresFile) ? CsvTable.read(failuresFile) : CsvTable.parse("");
        return new SweepFolder(dir, manifest, CsvTable.read(dir.resolve(SweepLayout.DESIGN)),
                CsvTable.read(dir.resolve(SweepLayout.POINTS)),
                new ObjectMapper().readTree(dir.resolve(SweepLayout.SENSITIVITY).toFile()), failures);
    }

    List<Factor> factors() {
        return manifest.factors();
    }

    Factor factor(String name) {
        return factors().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The sensitivity of a metric as sensitivity.json holds it (a missing node when there is none). */
    JsonNode sensitivity(String metric) {
        return sensitivity.path("metrics").path(metric);
    }

    /** The factors of a metric in ranking order. */
    List<String> ranked(String metric) {
        List<String> names = new ArrayList<>();
        sensitivity(metric).path("factors").forEach(f -> names.add(f.path("factor").asText()));
        return names;
    }

    /** Each point's setting of a factor on [0, 1]: a range's position, or a level's position among the levels. */
    double[] settings(Factor factor) {
        int column = points.column(factor.name());
        return points(metricRows(firstMetric()), column, factor, true);
    }

    /** Each point's value of a factor: the number in its canonical unit, or a level's position from 0. */
    double[] values(Factor factor) {
        return points(metricRows(firstMetric()), points.column(factor.name()), factor, false);
    }

    /** Each point's mean of the metric (NaN: no value), in point order. */
    double[] means(String metric) {
        int mean = points.column("mean");
        return metricRows(metric).stream().mapToDouble(r -> CsvTable.number(r.get(mean))).toArray();
    }

    private String firstMetric() {
        return points.rows().isEmpty() ? "" : points.rows().get(0).get(points.column("metric"));
    }

    private List<List<String>> metricRows(String metric) {
        int column = points.column("metric");
        return points.rows().stream().filter(r -> r.get(column).equals(metric)).toList();
    }

    private static double[] points(List<List<String>> rows, int column, Factor factor, boolean setting) {
        double[] out = new double[rows.size()];
        for (int p = 0; p < out.length; p++) {
            String label = rows.get(p).get(column);
            if (factor.isRange()) {
                double value = CsvTable.number(label);
                out[p] = setting ? (value - factor.low()) / (factor.high() - factor.low()) : value;
            } else {
                int level = level(factor, label);
                double position = factor.levels().size() < 2 ? 0 : (double) level / (factor.levels().size() - 1);
                out[p] = setting ? position : factor.numeric() ? factor.numbers().get(level) : level;
            }
        }
        return out;
    }

    /** The position of a level from its label in the tables: its text, or for numbers the canonical number. */
    private static int level(Factor factor, String label) {
        for (int i = 0; i < factor.levels().size(); i++) {
            if (factor.at((i + 0.5) / factor.levels().size()).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a level of " + factor.name());
    }
}
