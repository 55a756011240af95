package dev.panj.scenarios;

import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.config.TimelineEventConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks between countries: a sharing link or a request for help joins two different countries and appears once,
 * the helping country has reaction units to lend (and the units it names are its own), and CSTO members and
 * contingents are listed once each, each deploying at most what it pledged. That the countries have commands is
 * checked with every other user of a command ({@link ScenarioValidator}).
 */
final class CoalitionChecks {

    private final CheckContext context;

    CoalitionChecks(CheckContext context) {
        this.context = context;
    }

    void check(ScenarioConfig config) {
        links(CheckContext.listOf(config.cooperation(), CooperationConfig::links));
        bilateral(config);
        List<String> members = CheckContext.listOf(config.csto(), CstoConfig::members);
        List<CheckContext.Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            keyed.add(new CheckContext.Keyed(SourceMap.element("csto.members", i), members.get(i)));
        }
        context.unique(keyed, "member");
        context.unique(CheckContext.keyed("csto.contingents", CheckContext.listOf(config.csto(),
                CstoConfig::contingents), "country", c -> c.country()), "country");
        contingents(CheckContext.listOf(config.csto(), CstoConfig::contingents));
    }

    /** A contingent sends at most what its country pledged to the force. */
    private void contingents(List<CstoContingentConfig> contingents) {
        for (int i = 0; i < contingents.size(); i++) {
            String path = SourceMap.element("csto.contingents", i);
            CstoContingentConfig c = contingents.get(i);
            String deployed = SourceMap.child(path, "deployed");
            if (context.sound(deployed, SourceMap.child(path, "pledged")) && c.deployed() > c.pledged()) {
                context.report(deployed, "expected at most the " + c.pledged() + " personnel "
                        + c.country() + " pledged (pledged), found " + c.deployed());
            }
        }
    }

    private void links(List<SharingLinkConfig> links) {
        List<CheckContext.Keyed> pairs = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String path = SourceMap.element("cooperation.links", i);
            SharingLinkConfig link = links.get(i);
            if (pair(path, "from", link.from(), "to", link.to())) {
                pairs.add(new CheckContext.Keyed(path, link.from() + " to " + link.to()));
            }
        }
        context.unique(pairs, "pair of from and to");
    }

    private void bilateral(ScenarioConfig config) {
        Map<String, List<String>> lenders = unitsByCountry(config);
        boolean lendersSound = context.keysSound("reactionUnits", config.reactionUnits(), "country")
                && context.keysSound("reactionUnits", config.reactionUnits(), "id")
                && config.timeline().stream().allMatch(e -> e.reinforcement() == null
                        || e.reinforcement().id() != null && e.reinforcement().country() != null);
        List<BilateralHelpConfig> help = config.bilateralHelp();
        List<CheckContext.Keyed> pairs = new ArrayList<>();
        for (int i = 0; i < help.size(); i++) {
            String path = SourceMap.element("bilateralHelp", i);
            BilateralHelpConfig entry = help.get(i);
            if (pair(path, "requester", entry.requester(), "provider", entry.provider())) {
                pairs.add(new CheckContext.Keyed(path, entry.provider() + " helping " + entry.requester()));
            }
            context.oneOf(path + ".provider", entry.provider(), lenders.keySet(),
                    "a country with reaction units to lend", "reactionUnits", lendersSound);
            List<String> own = lenders.getOrDefault(entry.provider(), List.of());
            for (int j = 0; j < entry.units().size(); j++) {
                context.oneOf(SourceMap.element(path + ".units", j), entry.units().get(j), own,
                        "the id of a reaction unit of " + Nodes.quote(String.valueOf(entry.provider())),
                        "the provider's reaction units", lendersSound && own.size() > 0);
            }
        }
        context.unique(pairs, "pair of requester and provider");
    }

    /** Reports a pair naming one country twice; true when both are given, sound and different. */
    private boolean pair(String path, String firstKey, String first, String secondKey, String second) {
        String firstPath = SourceMap.child(path, firstKey);
        String secondPath = SourceMap.child(path, secondKey);
        if (first == null || second == null || !context.sound(firstPath, secondPath)) {
            return false;
        }
        if (first.equals(second)) {
            context.report(secondPath, "expected a " + secondKey + " other than the " + firstKey + " ("
                    + first + "), found " + Nodes.quote(second));
            return false;
        }
        return true;
    }

    /** The ids of reaction units by country, reinforcements included. */
    private static Map<String, List<String>> unitsByCountry(ScenarioConfig config) {
        Map<String, List<String>> units = new LinkedHashMap<>();
        List<ReactionUnitConfig> all = new ArrayList<>(config.reactionUnits());
        for (TimelineEventConfig event : config.timeline()) {
            if (event.reinforcement() != null) {
                all.add(event.reinforcement());
            }
        }
        for (ReactionUnitConfig unit : all) {
            if (unit.country() != null && unit.id() != null) {
                units.computeIfAbsent(unit.country(), c -> new ArrayList<>()).add(unit.id());
            }
        }
        return units;
    }
}
