package dev.panj.results.report;

/** A name and its value in a definition list of a report page; {@code code} sets the value as code. */
public record Term(String name, String value, boolean code) {
    public Term(String name, String value) {
        this(name, value, false);
    }
}
