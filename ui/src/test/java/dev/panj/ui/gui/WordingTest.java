package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

/** One word for one outcome: a militant group the security forces stop is "interdicted" wherever the GUI says so. */
class WordingTest {
    /** Every text the GUI shows a user about a run: status box, legend, Model tab labels, chart titles and series. */
    private static List<String> texts(BorderGui gui) throws Exception {
        List<String> texts = new ArrayList<>(gui.statusLines());
        gui.legend().forEach(e -> texts.add(e.text()));
        ModelSettings s = gui.settings();
        for (Method m : ModelSettings.class.getMethods()) {
            if (m.getName().startsWith("name") && m.getParameterCount() == 0) {
                texts.add((String) m.invoke(s));
            }
            if (m.getName().startsWith("des") && m.getParameterCount() == 0 && m.getReturnType() == String.class) {
                texts.add((String) m.invoke(s));
            }
        }
        for (JFreeChart c : gui.charts().charts()) {
            texts.add(c.getTitle().getText());
            LegendItemCollection items = c.getXYPlot().getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                LegendItem item = items.get(i);
                texts.add(item.getLabel());
            }
        }
        return texts;
    }

    @Test
    void texts_singleAndComparison_sayInterdictedNeverStopped() throws Exception {
        List<String> all = new ArrayList<>(texts(Played.gui(Played.guiStraight(), 1, 6)));
        all.addAll(texts(Played.gui(List.of(Played.guiStraight(), Played.guiStraight()), 1, 6, false)));

        assertEquals(List.of(), all.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains("stopped")).toList());
        assertTrue(all.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains("interdicted")).count() >= 6,
                "the status box, the legend, the Model tab and the charts all name interdictions");
    }
}
