package dev.panj.sim.config;

/** Terrain classes of the border and of the inland cost field (see the data README). */
public enum TerrainClass {
    /** Wide braided Panj, cultivated plain, roads (western Khatlon opposite Kunduz and Takhar). */
    LOWLAND_RIVER,
    /** Gorge country with a fast river and few crossings (Darvoz, Vanj, Rushan, Shughnon). */
    GORGE,
    /** High mountain, snowbound in winter (Ishkoshim and the Wakhan, the Pamirs). */
    HIGH_MOUNTAIN
}
