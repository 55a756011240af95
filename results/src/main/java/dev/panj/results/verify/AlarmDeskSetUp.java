package dev.panj.results.verify;

import dev.panj.sim.config.ClassificationConfig;
import dev.panj.sim.config.GreenFlowConfig;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TrafficConfig;

/**
 * What the alarm-queue laws assume of the scenario (issue 17): alarms are the false alarms of green-border
 * civilians, each party seen and mistaken with certainty at once, so they are Poisson at the parties' rate; one
 * command investigates them with {@code traffic.investigators} units, exponential times of mean 1/μ and no
 * travel; no militants, no night or seasonal change of the rate.
 */
final class AlarmDeskSetUp {
    private AlarmDeskSetUp() {
    }

    static ProblemList problems(ScenarioConfig c, LawParametersConfig p) {
        ProblemList problems = new ProblemList();
        TrafficConfig t = c.traffic();
        if (t == null) {
            return problems.require(false, "the scenario has no traffic block (the alarms come from its flows)");
        }
        double parties = 0;
        for (GreenFlowConfig f : t.flows()) {
            parties += f.peoplePerDay() / f.groupSize() / 24;
            problems.require(f.monthly().isEmpty(), "flow of " + f.kind().name().toLowerCase()
                    + "s has monthly factors; the law needs a constant rate");
        }
        problems.same("the flows' parties an hour", parties, "arrivalRate", p.arrivalRate(), " /h");
        problems.require(c.detection().nightStart() == c.detection().nightEnd(),
                "detection has a night (nightStart != nightEnd): the flows' rate changes with the time of day");
        for (ClassificationConfig k : t.classification()) {
            problems.require(k.mistake() == 1, "the " + k.detector().name().toLowerCase()
                    + "s' mistake probability is " + ProblemList.number(k.mistake()) + ": every party must raise an alarm");
        }
        problems.require(c.arrivals().isEmpty() && c.timeline().stream().allMatch(e -> e.wave() == null),
                "militant groups arrive: their alarms and sorties would add to the queue");
        problems.require(c.commands().size() == 1, "the scenario must have exactly one command");
        problems.same("traffic.investigators", t.investigators(), "servers", p.servers(), "");
        problems.require(c.reactionUnits().size() >= p.servers(), "fewer reaction units ("
                + c.reactionUnits().size() + ") than investigators (" + p.servers() + ")");
        problems.same("traffic.investigationTime", t.investigationTime(), "1 / serviceRate", 1 / p.serviceRate(), " h");
        problems.require(t.exponentialInvestigation(), "investigation times are fixed; the law needs exponential ones");
        problems.require(!t.travel(), "units travel to the alarms; the law's service time is the investigation alone");
        return problems;
    }
}
