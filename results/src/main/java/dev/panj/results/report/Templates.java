package dev.panj.results.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report pages' template engine: JTE templates (src/main/jte) compiled into Java classes at build time, HTML
 * content type, so that every value a template writes is escaped for where it stands. The one stylesheet of all pages
 * is {@code report.css}, placed inline so that a page stays one self-contained file.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    /** The stylesheet every page carries. */
    public static final String CSS = stylesheet();

    private Templates() {
    }

    /** Renders template {@code name} (e.g. {@code "batch.jte"}) with its one parameter. */
    public static String render(String name, Object model) {
        StringOutput output = new StringOutput(1 << 16);
        ENGINE.render(name, model, output);
        return output.toString();
    }

    private static String stylesheet() {
        try (InputStream in = Templates.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
