package dev.panj.results.chart;

/**
 * A border sector with the value it is coloured by (NaN: no value) and the number of observations the value rests on
 * (groups that tried to cross there, over all replications; -1 when not known). {@code border} is empty for the
 * scenario's primary border, else the id of a further border (e.g. TJK-KGZ); {@code id} is the sector's id in
 * sectors.csv without the border's prefix.
 */
public record SectorValue(String border, String id, double fromKm, double toKm, double value, long observations) {
    /** A sector of the primary border whose observations are not known. */
    public SectorValue(String id, double fromKm, double toKm, double value) {
        this("", id, fromKm, toKm, value, -1);
    }

    /** The border a sector id names: {@code TJK-KGZ:S03} is on TJK-KGZ, {@code S03} on the primary border. */
    public static String borderOf(String sectorId) {
        int colon = sectorId.indexOf(':');
        return colon < 0 ? "" : sectorId.substring(0, colon);
    }

    /** The id without its border: {@code TJK-KGZ:S03} is S03. */
    public static String shortId(String sectorId) {
        int colon = sectorId.indexOf(':');
        return colon < 0 ? sectorId : sectorId.substring(colon + 1);
    }

    public double middleKm() {
        return (fromKm + toKm) / 2;
    }
}
