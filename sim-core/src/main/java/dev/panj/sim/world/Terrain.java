package dev.panj.sim.world;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainConfig;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The properties of every terrain class; classes a scenario leaves out get neutral values. */
public final class Terrain {
    private final Map<TerrainClass, TerrainConfig> byClass = new EnumMap<>(TerrainClass.class);

    public Terrain(List<TerrainConfig> configs) {
        for (TerrainClass c : TerrainClass.values()) {
            byClass.put(c, new TerrainConfig(c, 0, 1, 1, 3, List.of(), List.of(), 1, 0));
        }
        for (TerrainConfig t : configs) {
            byClass.put(t.terrain(), t);
        }
    }

    public TerrainConfig of(TerrainClass c) {
        return byClass.get(c);
    }

    public boolean fordable(TerrainClass c, int month) {
        List<Integer> months = byClass.get(c).fordableMonths();
        return months.isEmpty() || months.contains(month);
    }

    public boolean snowbound(TerrainClass c, int month) {
        return byClass.get(c).snowboundMonths().contains(month);
    }

    public double crossingTime(TerrainClass c, int month) {
        TerrainConfig t = byClass.get(c);
        return fordable(c, month) ? t.crossingTime() : t.unfordableCrossingTime();
    }
}
