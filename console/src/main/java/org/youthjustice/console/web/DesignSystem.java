package org.youthjustice.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the design system's files are served: GOV.UK Frontend from its WebJar, MoJ Frontend from its npm package
 * (unpacked by the build); their versions are the build's (pom.xml), so that an upgrade is one line there.
 */
public final class DesignSystem {
    private static final Properties VERSIONS = new Properties();

    static {
        try (InputStream in = DesignSystem.class.getResourceAsStream("/design-system.properties")) {
            VERSIONS.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DesignSystem() {
    }

    /** GOV.UK Frontend's dist/govuk folder, as the WebJar serves it ({@link Protections} maps /govuk-frontend there). */
    static String govukPath() {
        return "/webjars/govuk-frontend/" + VERSIONS.getProperty("govuk-frontend") + "/dist/govuk";
    }

    public static String govuk() {
        return "/govuk-frontend";
    }

    public static String moj() {
        return "/moj-frontend";
    }

    static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/assets/") || path.startsWith("/moj-frontend/") || path.startsWith("/govuk-frontend/")
                || path.equals("/console.js") || path.equals("/console.css");
    }
}
