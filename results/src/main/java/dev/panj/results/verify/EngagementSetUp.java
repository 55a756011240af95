package dev.panj.results.verify;

import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.geo.BorderSector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Lanchester laws assume of the scenario: one reaction unit of strength A0 and effectiveness a meeting
 * groups of exactly B0 militants of effectiveness b, on terrain that gives neither side an advantage, fought in
 * the law's mode.
 */
final class EngagementSetUp {
    private EngagementSetUp() {
    }

    static List<String> problems(CaseContext context, EngagementMode mode) {
        ScenarioConfig c = context.config();
        LawParametersConfig p = context.parameters();
        ProblemList problems = new ProblemList();
        problems.require(c.engagement().mode() == mode, "engagement.mode is "
                + c.engagement().mode().name().toLowerCase() + "; the law needs " + mode.name().toLowerCase());
        problems.require(c.reactionUnits().size() == 1, "the scenario must have exactly one reaction unit, found "
                + c.reactionUnits().size());
        if (c.reactionUnits().size() == 1) {
            ReactionUnitConfig unit = c.reactionUnits().get(0);
            String name = "reaction unit '" + unit.id() + "'";
            problems.same("the strength of " + name, unit.strength(), "securityStrength", p.securityStrength(), "")
                    .same("the effectiveness of " + name, unit.effectiveness(), "securityEffectiveness",
                            p.securityEffectiveness(), " /h");
        }
        Crossers crossers = Crossers.of(c);
        problems.require(!crossers.isEmpty(), "the scenario sends no groups across (no timeline wave, no arrivals)");
        for (GroupConfig g : crossers.groups()) {
            problems.require(g.sizeMin() == g.sizeMax(), "crossing groups must all be of one size (sizeMin = sizeMax)")
                    .same("a crossing group's size", g.sizeMin(), "militantStrength", p.militantStrength(), "")
                    .same("the militants' effectiveness × the group's skill", c.militants().effectiveness() * g.skill(),
                            "militantEffectiveness", p.militantEffectiveness(), " /h");
        }
        for (TerrainClass terrain : fightingGround(context, crossers)) {
            double advantage = context.world().terrain().of(terrain).defenderAdvantage();
            problems.require(advantage == 1, "terrain " + terrain.name().toLowerCase().replace('_', '-')
                    + " has defenderAdvantage " + ProblemList.number(advantage)
                    + ", which divides the security force's effectiveness; set it to 1");
        }
        return problems.list();
    }

    /** The terrain classes a fight can happen on: the crossing sectors' and the inland terrain. */
    private static Set<TerrainClass> fightingGround(CaseContext context, Crossers crossers) {
        Set<TerrainClass> classes = new LinkedHashSet<>();
        classes.add(context.config().geography().inlandTerrain());
        double length = context.world().primary().line().length();
        for (GroupConfig g : crossers.groups()) {
            double from = Double.isNaN(g.crossingFrom()) ? 0 : g.crossingFrom();
            double to = Double.isNaN(g.crossingTo()) ? length : g.crossingTo();
            for (BorderSector s : Crossers.sectors(context.world(), from, to)) {
                classes.add(s.terrain());
            }
        }
        return classes;
    }
}
