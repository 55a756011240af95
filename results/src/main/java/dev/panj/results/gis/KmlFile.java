package dev.panj.results.gis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.chart.Palette;
import java.awt.Color;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.locationtech.jts.io.kml.KMLWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A layer as a KML 2.2 document for Google Earth: one folder per kind of feature, one placemark per feature with
 * its attributes as {@code ExtendedData}, its geometry written by JTS's {@link KMLWriter} (clamped to the ground),
 * each feature in its own colour or its kind's (Okabe–Ito). The document is built with the
 * JDK's DOM, so every text is escaped.
 */
public final class KmlFile {
    public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

    private KmlFile() {
    }

    public static String text(GisLayer layer) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.newDocument();
            Element kml = doc.createElementNS(NAMESPACE, "kml");
            doc.appendChild(kml);
            Element document = child(doc, kml, "Document");
            text(doc, document, "name", layer.title());
            text(doc, document, "description", GeoJsonFile.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(layer.about()));
            Map<String, List<GisFeature>> byKind = new LinkedHashMap<>();
            for (GisFeature f : layer.features()) {
                byKind.computeIfAbsent(kind(f), k -> new ArrayList<>()).add(f);
            }
            int position = 0;
            KMLWriter geometry = new KMLWriter();
            geometry.setPrecision(GeoJsonFile.DECIMALS);
            geometry.setAltitudeMode(KMLWriter.ALTITUDE_MODE_CLAMPTOGROUND);
            geometry.setTesselate(true);
            for (Map.Entry<String, List<GisFeature>> kind : byKind.entrySet()) {
                Color colour = Palette.category(position++);
                Element folder = child(doc, document, "Folder");
                text(doc, folder, "name", kind.getKey());
                for (GisFeature f : kind.getValue()) {
                    Element placemark = child(doc, folder, "Placemark");
                    placemark.setAttribute("id", f.id());
                    text(doc, placemark, "name", f.name());
                    if (f.when() != null) {
                        text(doc, child(doc, placemark, "TimeStamp"), "when", f.when());
                    }
                    placemark.appendChild(style(doc, f.colour() == null ? colour : f.colour()));
                    placemark.appendChild(extendedData(doc, f));
                    placemark.appendChild(geometry(doc, builder, geometry.write(f.geometry())));
                }
            }
            Transformer out = TransformerFactory.newInstance().newTransformer();
            out.setOutputProperty(OutputKeys.INDENT, "yes");
            out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            out.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter text = new StringWriter();
            out.transform(new DOMSource(doc), new StreamResult(text));
            return text.toString().replace("\r\n", "\n").stripTrailing() + "\n";
        } catch (ParserConfigurationException | TransformerException | SAXException | IOException e) {
            throw new IllegalStateException("could not write the KML of " + layer.name() + ": " + e.getMessage(), e);
        }
    }

    private static String kind(GisFeature f) {
        JsonNode kind = f.properties().get("kind");
        return kind == null ? "features" : kind.asText();
    }

    private static Element style(Document doc, Color colour) {
        Element style = doc.createElementNS(NAMESPACE, "Style");
        // KML's order within a style: icon, label, line.
        Element icon = child(doc, style, "IconStyle");
        text(doc, icon, "color", abgr(colour));
        text(doc, icon, "scale", "0.8");
        Element line = child(doc, style, "LineStyle");
        text(doc, line, "color", abgr(colour));
        text(doc, line, "width", "4");
        return style;
    }

    /** KML's colour order: alpha, blue, green, red. */
    private static String abgr(Color c) {
        return String.format(Locale.ROOT, "ff%02x%02x%02x", c.getBlue(), c.getGreen(), c.getRed());
    }

    private static Element extendedData(Document doc, GisFeature f) {
        Element data = doc.createElementNS(NAMESPACE, "ExtendedData");
        for (Iterator<Map.Entry<String, JsonNode>> it = f.properties().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Element field = child(doc, data, "Data");
            field.setAttribute("name", e.getKey());
            text(doc, field, "value", e.getValue().isNull() ? "" : e.getValue().asText());
        }
        return data;
    }

    /** JTS's geometry fragment, parsed and moved into the KML namespace. */
    private static Node geometry(Document doc, DocumentBuilder builder, String fragment)
            throws IOException, SAXException {
        Document parsed = builder.parse(new InputSource(new StringReader(fragment)));
        Node imported = doc.importNode(parsed.getDocumentElement(), true);
        return intoNamespace(doc, imported);
    }

    private static Node intoNamespace(Document doc, Node node) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return node;
        }
        Node renamed = doc.renameNode(node, NAMESPACE, node.getLocalName() == null ? node.getNodeName()
                : node.getLocalName());
        NodeList children = renamed.getChildNodes();
        List<Node> list = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            list.add(children.item(i));
        }
        for (Node c : list) {
            if (c.getNodeType() == Node.TEXT_NODE && c.getTextContent().isBlank()) {
                renamed.removeChild(c);
            } else {
                intoNamespace(doc, c);
            }
        }
        return renamed;
    }

    private static Element child(Document doc, Node parent, String name) {
        Element e = doc.createElementNS(NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Document doc, Node parent, String name, String value) {
        child(doc, parent, name).setTextContent(value);
    }
}
