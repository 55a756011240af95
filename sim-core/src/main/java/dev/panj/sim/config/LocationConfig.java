package dev.panj.sim.config;

/**
 * A position, given in exactly one way: a named place from the built-in places table, longitude and
 * latitude, or a chainage along the border with a perpendicular offset (positive = the far, northern side).
 */
public record LocationConfig(
        @Param(doc = "Id of a built-in place (e.g. kunduz, dushanbe, panji-poyon).", def = Param.UNSET) String place,
        @Param(doc = "Longitude, degrees east.", def = Param.UNSET, min = -180, max = 180) double lon,
        @Param(doc = "Latitude, degrees north.", def = Param.UNSET, min = -90, max = 90) double lat,
        @Param(doc = "Distance along the border from its western end.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0)
        double chainage,
        @Param(doc = "Perpendicular distance from the border; positive to the north (Tajik) side.",
                unit = Unit.DISTANCE, def = "0 km") double offset) {

    /** A location on the border frame. */
    public static LocationConfig atChainage(double chainageKm, double offsetKm) {
        return new LocationConfig(null, Double.NaN, Double.NaN, chainageKm, offsetKm);
    }
}
