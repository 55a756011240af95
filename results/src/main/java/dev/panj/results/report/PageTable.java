package dev.panj.results.report;

import java.util.List;

/**
 * A table of a report page, as the templates lay it out: a caption, column headers ({@code <th scope="col">}) and
 * rows whose first cell heads the row ({@code <th scope="row">}). Every text is escaped by the template engine.
 */
public record PageTable(String caption, List<Column> columns, List<Row> rows) {
    public PageTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column header; {@code sub} is a subscript after it (the z of d_z), {@code numeric} aligns it right. */
    public record Column(String header, String sub, boolean numeric) {
        public static Column text(String header) {
            return new Column(header, "", false);
        }

        public static Column number(String header) {
            return new Column(header, "", true);
        }
    }

    /** One row: its heading cell and the others. */
    public record Row(Cell head, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell's text and its CSS class (null: none); {@code code} sets the text as code. */
    public record Cell(String text, String css, boolean code) {
        public static Cell of(String text) {
            return new Cell(text, null, false);
        }

        public static Cell number(String text) {
            return new Cell(text, "num", false);
        }

        public static Cell code(String text) {
            return new Cell(text, null, true);
        }

        public static Cell styled(String text, String css) {
            return new Cell(text, css, false);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
