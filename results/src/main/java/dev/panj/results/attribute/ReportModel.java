package dev.panj.results.attribute;

import java.util.List;

/**
 * What the report page of an attribution shows, every value already written as text: the template
 * ({@code src/main/jte/dev/panj/results/attribute/report.jte}) only lays it out, and escapes all of it.
 *
 * @param unchangedText the sentence naming the metrics no change moves, or null
 */
public record ReportModel(String base, String target, int changeCount, int cellCount, String designText,
                          int replications, long seed, String version, boolean factorial, List<String> warnings,
                          List<Finding> findings, String unchangedText, List<ChangeRow> changes,
                          List<MetricSection> metrics, List<MethodItem> method, String baseOrigin, String baseSha,
                          String targetOrigin, String targetSha, String seedRule, String hours, List<SessionRow> sessions,
                          List<CellRow> cells) {
    public ReportModel {
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
        changes = List.copyOf(changes);
        metrics = List.copyOf(metrics);
        method = List.copyOf(method);
        sessions = List.copyOf(sessions);
        cells = List.copyOf(cells);
    }

    /** A metric's finding in one paragraph. */
    public record Finding(String words, String text) {
    }

    /** A change: its name, its differences (one per line) and how it was grouped. */
    public record ChangeRow(String name, String lines, String source) {
    }

    /** A metric's section: finding, waterfall (PNG in base64), Shapley values and the factorial's effects. */
    public record MetricSection(String metric, String title, String words, String text, String png, String chart,
                                String caption, String alt, String difference, List<ShapleyRow> rows, String sum,
                                String totalCi, String residual, List<TermRow> terms, boolean openTerms) {
        public MetricSection {
            rows = List.copyOf(rows);
            terms = List.copyOf(terms);
        }
    }

    /** A change's Shapley value; {@code style} is yes, no or same (significant, not, identical). */
    public record ShapleyRow(String change, String value, String ci, String se, String share, String holm,
                             String verdict, String style, String alone, String last) {
    }

    /** An effect of the factorial. */
    public record TermRow(String name, int order, String value, String ci, String holm, String verdict, String style,
                          String averaged, String averagedCi, String averagedHolm) {
    }

    public record MethodItem(String key, String value) {
    }

    /** A session; {@code finished} is empty while it runs. */
    public record SessionRow(String command, int threads, String started, String finished) {
    }

    public record CellRow(int cell, String applied, String names, String file, String sha256) {
    }
}
