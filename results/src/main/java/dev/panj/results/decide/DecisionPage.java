package dev.panj.results.decide;

import dev.panj.results.chart.RenderedChart;
import dev.panj.results.report.PageTable;

import java.util.List;

/**
 * What the {@code decision.jte} page shows: a title, a lead line, findings in words, tables and charts.
 *
 * @param title    the page's title and heading
 * @param lead     one line under the heading: study, settings, seeds
 * @param findings paragraphs that say what the results mean
 * @param tables   the tables, in order
 * @param figures  the charts, in order
 * @param notes    how to read it, method notes
 */
public record DecisionPage(String title, String lead, List<String> findings, List<PageTable> tables,
                           List<RenderedChart> figures, List<String> notes) {
}
