package dev.panj.results.compare;

import dev.panj.results.chart.Chart;
import java.util.List;

/** Charts shown together in the report under one heading; {@code sideBySide} puts them in one row. */
record ChartGroup(String heading, List<Chart> charts, boolean sideBySide) {
    ChartGroup {
        charts = List.copyOf(charts);
    }
}
