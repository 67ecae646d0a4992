package org.youthjustice.orders;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a paged answer's Link header: each rel with the query parameters of its query-only reference. */
public final class PageLinks {
    private static final Pattern LINK = Pattern.compile("<\\?([^>]*)>; rel=\"(\\w+)\"");

    private PageLinks() {
    }

    /** rel to its query's parameters as {@code name=value}, in any order (the builder's order is not the contract). */
    public static Map<String, List<String>> of(Response response) {
        Map<String, List<String>> links = new HashMap<>();
        String header = response.header("Link");
        if (header != null) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                links.put(link.group(2), List.of(link.group(1).split("&")));
            }
        }
        return links;
    }
}
