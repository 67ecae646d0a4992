package org.youthjustice.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Walks a paged list (offset, limit; a {@code Link} with rel="next" while more follow), for tests of paging. */
public final class Pages {
    private Pages() {
    }

    /** Every page of the list, first to last: {@code pageAt} asks for the page at an offset, {@code limit} a page's size. */
    public static List<Response> every(IntFunction<Response> pageAt, int limit) {
        List<Response> pages = new ArrayList<>();
        for (int offset = 0; ; offset += limit) {
            Response page = pageAt.apply(offset);
            pages.add(page);
            String link = page.header("Link");
            if (link == null || !link.contains("rel=\"next\"")) {
                return pages;
            }
        }
    }
}
