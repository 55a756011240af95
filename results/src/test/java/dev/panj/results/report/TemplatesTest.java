package dev.panj.results.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private static PageTable table(String caption, String head, String p) {
        return new PageTable(caption, List.of(PageTable.Column.text("metric"), PageTable.Column.number("Holm p")),
                List.of(new PageTable.Row(PageTable.Cell.of(head), List.of(PageTable.Cell.number(p)))));
    }

    @Test
    void table_escapesEveryCellAndHasCaptionHeadAndScopes() {
        String html = Templates.render("tag/table.jte",
                table("a <b> & \"c\"", "<script>alert(1)</script>", "<0.001"));

        assertTrue(html.contains("<td class=\"num\">&lt;0.001</td>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<caption>a &lt;b&gt; &amp; &#34;c&#34;</caption>")
                || html.contains("<caption>a &lt;b&gt; &amp; \"c\"</caption>"), html);
        assertTrue(html.contains("<thead>"), html);
        assertTrue(html.contains("<th scope=\"col\">metric</th>"), html);
        assertTrue(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"), html);
    }

    @Test
    void stylesheet_isOneAndLoaded() {
        assertTrue(Templates.CSS.contains("caption"), "the stylesheet styles captions");
    }
}
