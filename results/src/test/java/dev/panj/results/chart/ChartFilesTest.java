package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartFilesTest {
    @TempDir
    Path tmp;

    private static Chart map(String name) {
        return SectorMap.create(name, "caption", "alt text", "title", "subtitle", MapGeometry.straight(50, ""),
                List.of(new SectorValue("S01", 0, 25, 0.2), new SectorValue("S02", 25, 50, 0.7)),
                MapScale.continuous(0, 1, "rate"), 0);
    }

    @Test
    void write_pngForSlidesAndAWellFormedSvg() throws Exception {
        RenderedChart written = ChartFiles.write(tmp, map("map-a"));

        byte[] png = Files.readAllBytes(tmp.resolve("map-a.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String file = Files.readString(tmp.resolve("map-a.svg"));
        assertTrue(file.startsWith("<?xml"));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertTrue(written.svg().startsWith("<svg"), "the inline element has no prolog");
        assertTrue(written.svg().contains("viewBox="), "scales with the page");
    }

    @Test
    void svg_idsDifferBetweenChartsOfOnePage() {
        String a = ChartFiles.svg(map("map-a"));
        String b = ChartFiles.svg(map("map-b"));

        String keyA = ChartFiles.key("map-a");
        assertNotEquals(keyA, ChartFiles.key("map-b"));
        assertEquals(keyA, ChartFiles.key("map-a"), "the same chart always gets the same ids");
        assertTrue(a.contains("id='" + keyA + "clip-0'") || a.contains("id=\"" + keyA + "clip-0\""), "clip ids keyed");
        assertFalse(b.contains(keyA), "no id of one chart in the other");
    }

    @Test
    void svg_leavesOutDefaultOpacitiesAndRoundsCoordinates() {
        String svg = ChartFiles.svg(map("map-a"));

        assertFalse(svg.contains("opacity: 1.0") || svg.contains("opacity:1.0"), "default opacities dropped");
        java.util.regex.Matcher paths = java.util.regex.Pattern.compile(" d='([^']*)'").matcher(svg);
        int count = 0;
        while (paths.find()) {
            assertFalse(paths.group(1).matches(".*\\d\\.\\d\\d.*"), "coordinates to a tenth of a pixel: " + paths.group(1));
            count++;
        }
        assertTrue(count > 3, "paths checked: " + count);
        assertFalse(svg.contains("clip-path='url(#" + ChartFiles.key("map-a") + "clip-0)'"),
                "no clipping to the whole canvas");
        assertFalse(svg.contains("<g><text"), "no empty group round each text");
        assertEquals("12.3", ChartFiles.tenth(12.34));
        assertEquals("-0.5", ChartFiles.tenth(-0.46));
        assertEquals("0", ChartFiles.tenth(-0.01));
        assertEquals("7", ChartFiles.tenth(7.0));
    }

    @Test
    void classes_repeatedStylesDeclaredOnceUnderTheChartsKey() {
        String svg = "<svg id='x'><rect style='fill:red'/><text style='fill: blue; font-size: 9px;'>a</text>"
                + "<text style='fill: blue; font-size: 9px;'>b</text></svg>";

        String out = ChartFiles.classes(svg, "c1-");

        assertEquals("<svg id='x'><style>.c1-s0{fill:blue;font-size:9px;}</style><rect style='fill:red'/>"
                + "<text class='c1-s0'>a</text><text class='c1-s0'>b</text></svg>", out);
    }

    @Test
    void svg_textsKeepTheirStylesAsClasses() {
        String svg = ChartFiles.svg(map("map-a"));
        String key = ChartFiles.key("map-a");

        assertTrue(svg.contains("<style>." + key + "s0{"), "styles declared once at the top");
        assertFalse(svg.matches("(?s).*class='(?!" + java.util.regex.Pattern.quote(key) + ")[^']*'.*"),
                "every class carries the chart's key");
    }
}
