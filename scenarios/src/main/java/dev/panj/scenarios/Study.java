package dev.panj.scenarios;

import java.util.List;

/**
 * A decision study, loaded and checked from a study file ({@link StudyLoader}): a base scenario, the levers a
 * planner controls, the uncertainties nobody controls, the objectives, the constraints and the settings of the
 * search ({@code panj optimize}) and of the stress test ({@code panj robust}).
 *
 * @param name          the study's name (outputs and reports)
 * @param description   one line for reports, may be empty
 * @param origin        the study file as given
 * @param text          the study file's text (kept with the outputs)
 * @param base          the base scenario every candidate and future changes
 * @param hours         simulated hours of each run
 * @param levers        what a planner controls
 * @param uncertainties what nobody controls
 * @param objectives    what is optimised, at least one
 * @param constraints   bounds on metrics a candidate must keep
 * @param search        settings of {@code panj optimize}
 * @param robust        settings of {@code panj robust}
 */
public record Study(String name, String description, String origin, String text, LoadedScenario base, double hours,
                    List<StudyLever> levers, List<StudyUncertainty> uncertainties, List<StudyObjective> objectives,
                    List<StudyConstraint> constraints, Search search, Robust robust) {

    public Study {
        levers = List.copyOf(levers);
        uncertainties = List.copyOf(uncertainties);
        objectives = List.copyOf(objectives);
        constraints = List.copyOf(constraints);
    }

    /** The search's settings, each overridable on the command line. */
    public record Search(String algorithm, int evaluations, int population, int replications, int futures, long seed,
                         double epsilon) {
    }

    /** The stress test's settings. */
    public record Robust(int futures, int replications, long seed) {
    }

    /** Every metric the study reads: the objectives', then the constraints' not already named. */
    public List<String> metrics() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        objectives.forEach(o -> names.add(o.metric()));
        constraints.forEach(c -> names.add(c.metric()));
        return List.copyOf(names);
    }
}
