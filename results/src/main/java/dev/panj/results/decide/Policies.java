package dev.panj.results.decide;

import dev.panj.results.io.CsvTable;
import dev.panj.scenarios.ScenarioOverride;
import dev.panj.scenarios.StudyLever;
import dev.panj.scenarios.StudySetting;
import dev.panj.scenarios.Study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The policies {@code robust} tests: the rows of a {@code pareto.csv} of the same study, read back into changes. */
public final class Policies {
    private Policies() {
    }

    /** The study's base scenario as it is. */
    public static Policy base(Study study) {
        return new Policy("base", study.base(), List.of(), "the base scenario " + study.base().name() + " as it is");
    }

    /**
     * Each row of {@code file} (a {@code pareto.csv} or {@code candidates.csv}) as a policy named {@code P<candidate>}.
     *
     * @throws DecisionException if the file lacks a lever column or holds a setting the lever cannot take
     */
    public static List<Policy> fromPareto(Study study, Path file) throws DecisionException, IOException {
        CsvTable table = CsvTable.read(file);
        List<Policy> out = new ArrayList<>();
        for (StudyLever l : study.levers()) {
            if (!table.hasColumn(l.name())) {
                throw new DecisionException(file + ": expected a column for each lever of study " + study.name()
                        + ", found none for " + l.name() + " (is it the pareto.csv of this study?)");
            }
        }
        int candidate = table.hasColumn("candidate") ? table.column("candidate") : -1;
        int line = 1;
        for (List<String> row : table.rows()) {
            line++;
            List<ScenarioOverride> overrides = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (StudyLever l : study.levers()) {
                String text = row.get(table.column(l.name()));
                words.add(l.name() + " " + text);
                if (l.kind() == StudyLever.Kind.CHOICE) {
                    StudySetting option = l.options().stream().filter(o -> o.text().equals(text)).findFirst()
                            .orElseThrow(() -> new DecisionException(file + ":" + lineOf(table, row) + ": " + l.name()
                                    + ": expected one of " + l.describe() + ", found '" + text + "'"));
                    overrides.addAll(option.overrides());
                } else {
                    overrides.add(new ScenarioOverride(l.path(), text));
                }
            }
            String name = "P" + (candidate >= 0 ? row.get(candidate) : Integer.toString(line - 2));
            out.add(new Policy(name, study.base(), overrides, String.join(", ", words)));
        }
        return out;
    }

    private static int lineOf(CsvTable table, List<String> row) {
        return table.rows().indexOf(row) + 2;
    }
}
