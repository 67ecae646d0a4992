package org.youthjustice.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered page in the page tests: its text as seen, its links, an attribute's values. */
public final class Html {
    private Html() {
    }

    /** An element's text as it is seen: tags, SVG titles and visually hidden text left out, entities read, spaces collapsed. */
    public static String text(String html) {
        return html.replaceAll("(?s)<title>.*?</title>|<desc>.*?</desc>|<span class=\"govuk-visually-hidden\">[^<]*</span>", " ")
                .replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                .replaceAll("\\s+", " ").trim();
    }

    /** Every link's address, entities read. */
    public static List<String> links(String html) {
        return attributes(html, "a", "href").stream().map(href -> href.replace("&amp;", "&")).toList();
    }

    /** The value of {@code attribute} on every {@code tag} that has it. */
    public static List<String> attributes(String html, String tag, String attribute) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\s" + attribute + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
