package org.youthjustice.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.youthjustice.problem.ProblemType;

/**
 * The gateway's own metrics and health are for Prometheus and the kubelet's probes, which call the pod directly. On
 * Kubernetes the Ingress sends every path to the gateway, so a request that came through a proxy (it carries
 * X-Forwarded-For, which ingress-nginx always sets, or Forwarded) is answered 404, as an unknown path under /api is.
 * Swagger UI and /q/openapi stay open: they are for partner developers (README: The API in detail).
 */
@ApplicationScoped
public class InternalEndpoints {
    static final List<String> INTERNAL = List.of("/q/metrics", "/q/health");
    /** Before every route: Quarkus's own /q routes included (a filter's route order is minus its priority). */
    private static final int PRIORITY = 100;

    @Inject
    ProblemReplies problems;

    void register(@Observes Filters filters) {
        filters.register(this::refuseThroughAProxy, PRIORITY);
    }

    private void refuseThroughAProxy(RoutingContext context) {
        // the normalised path is what the routes match ("/q//metrics", "/q/./health" and "%6D" included)
        String path = context.normalizedPath();
        if (INTERNAL.stream().anyMatch(path::startsWith) && cameThroughAProxy(context.request())) {
            CorrelationIds.give(context);
            problems.send(context, ProblemType.NOT_FOUND, "no such path: " + path);
        } else {
            context.next();
        }
    }

    private static boolean cameThroughAProxy(HttpServerRequest request) {
        return request.headers().contains("X-Forwarded-For") || request.headers().contains("Forwarded");
    }
}
