package org.youthjustice.kernel.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list and the size of the whole list. The body stays the plain JSON array the list always returned
 * (no client breaks); the total is in {@code X-Total-Count} and the neighbouring pages in {@code Link} (RFC 8288,
 * rel {@code next} and {@code prev}), each the request's own query with another offset.
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /** A page cut from a list already complete in memory (a short list bounded by its nature). */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), all.size(), request);
    }

    public Response toResponse(UriInfo uri) {
        return toResponse(uri.getRequestUri());
    }

    /** 200 with the items, the total and the links to the neighbouring pages of {@code requestUri}. */
    public Response toResponse(URI requestUri) {
        Response.ResponseBuilder response = Response.ok(items).header(TOTAL_COUNT, total);
        List<String> links = new ArrayList<>();
        if (request.offset() + items.size() < total) {
            links.add(link(requestUri, request.offset() + request.limit(), "next"));
        }
        if (request.offset() > 0) {
            links.add(link(requestUri, Math.max(0, request.offset() - request.limit()), "prev"));
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    private String link(URI requestUri, int offset, String rel) {
        URI target = UriBuilder.fromUri(requestUri)
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", request.limit())
                .build();
        // a query-only reference (RFC 3986, 5.2.2): the client resolves it against the address it called, so it is
        // right behind the gateway, whatever path prefix the gateway adds
        return "<?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
