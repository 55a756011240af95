package dev.panj.results.sweep;

/**
 * The value of one factor at one design point.
 *
 * @param text   as it is written into the scenario ({@code 2.5 h}, {@code deterministic})
 * @param number as the analysis sees it: the value in the key's canonical unit, or for levels that are not
 *               numbers (an enumeration, a flag) the level's position from 0
 * @param label  as the output tables write it: the canonical number, or the level's text
 */
public record FactorValue(String text, double number, String label) {
}
