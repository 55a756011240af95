package dev.panj.results.chart;

/**
 * A border sector by its chainage range along its border, with the value it is coloured by (NaN: no value).
 * {@code border} is empty for the scenario's primary border, else the id of a further border (e.g. TJK-KGZ).
 */
public record SectorValue(String border, double fromKm, double toKm, double value) {
    /** A sector of the primary border. */
    public SectorValue(double fromKm, double toKm, double value) {
        this("", fromKm, toKm, value);
    }

    /** The border a sector id names: {@code TJK-KGZ:S03} is on TJK-KGZ, {@code S03} on the primary border. */
    public static String borderOf(String sectorId) {
        int colon = sectorId.indexOf(':');
        return colon < 0 ? "" : sectorId.substring(0, colon);
    }
}
