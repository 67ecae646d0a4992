package org.youthjustice.gateway;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Each service's readiness as the gateway sees it, in {@code /q/health} (and {@code /q/health/well}).
 * Not part of the gateway's own readiness: one service down must not take the gateway out of
 * service for the others; its routes answer 503 meanwhile.
 */
@Wellness
@ApplicationScoped
public class DownstreamHealth implements AsyncHealthCheck {
    @Inject
    GatewayConfig config;

    @Inject
    GatewayRoutes routes;

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<String, GatewayConfig.Service> services = new TreeMap<>(config.services());
        List<Future<Map.Entry<String, Boolean>>> probes = services.entrySet().stream().map(entry -> {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                    .setHost(entry.getValue().url().getHost()).setPort(entry.getValue().url().getPort())
                    .setURI("/q/health/ready").setIdleTimeout(2000);
            return routes.proxy().client().request(options)
                    .compose(request -> request.send())
                    .map(response -> Map.entry(entry.getKey(), response.statusCode() == 200))
                    .otherwise(Map.entry(entry.getKey(), false));
        }).toList();
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage()).map(all -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services").up();
            for (Future<Map.Entry<String, Boolean>> probe : probes) {
                Map.Entry<String, Boolean> result = probe.result();
                builder.withData(result.getKey(), result.getValue() ? "UP" : "DOWN");
                if (!result.getValue()) {
                    builder.down();
                }
            }
            return builder.build();
        });
    }
}
