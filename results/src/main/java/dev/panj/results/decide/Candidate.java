package dev.panj.results.decide;

import dev.panj.scenarios.StudySetting;

import java.util.List;
import java.util.Map;

/**
 * One evaluated arrangement of the levers.
 *
 * @param index      its place in the order of evaluation, from 0
 * @param generation the search's generation that asked for it (0: the first population)
 * @param key        the lever settings as one text, which identifies it in the journal
 * @param settings   each lever's setting, in the study's order
 * @param estimates  each study metric's mean and 95% interval over the reference futures and replications
 * @param objectives each objective's mean, in its natural direction
 * @param violation  how far beyond its constraints it lies in total (0: feasible)
 */
public record Candidate(int index, int generation, String key, List<StudySetting> settings,
                        Map<String, MetricEstimate> estimates, double[] objectives, double violation) {

    public boolean feasible() {
        return violation == 0;
    }

    /** The settings as people read them: {@code posts: 20 km, help: early}. */
    public String describe(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < settings.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ').append(settings.get(i).text());
        }
        return b.toString();
    }
}
