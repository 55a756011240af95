package dev.panj.results.report;

import dev.panj.results.chart.RenderedChart;
import java.util.List;

/** Charts shown together under a heading; {@code twoColumns} puts them two to a row on a wide screen. */
public record FigureGroup(String heading, List<RenderedChart> charts, boolean twoColumns) {
    public FigureGroup {
        charts = List.copyOf(charts);
    }
}
