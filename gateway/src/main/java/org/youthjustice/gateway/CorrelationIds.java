package org.youthjustice.gateway;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request through the gateway gets a correlation id: the caller's {@code X-Correlation-Id} when
 * well formed, else a new one. It is forwarded to the service, returned to the caller and put in
 * every log line.
 */
final class CorrelationIds {
    static final String HEADER = "X-Correlation-Id";
    private static final String KEY = "correlationId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationIds() {
    }

    static void assign(RoutingContext context) {
        give(context);
        context.next();
    }

    /** As {@link #assign}, for a handler that answers the request itself rather than passing it on. */
    static void give(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.put(KEY, id);
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put(KEY, id);
    }

    static String of(RoutingContext context) {
        return context.get(KEY);
    }
}
