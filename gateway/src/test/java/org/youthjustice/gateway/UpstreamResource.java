package org.youthjustice.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.youthjustice.testing.Ports;

/**
 * A real HTTP server standing in for the services behind the gateway: it echoes what it received,
 * answers slowly or with a large body on request, and counts requests. The victims route points at
 * a port where nothing listens.
 */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {
    private Vertx vertx;
    private final Upstream upstream = new Upstream();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("test upstream did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "yj.gateway.services.orders.url", url,
                "yj.gateway.services.allocations.url", url,
                "yj.gateway.services.compliance.url", url,
                "yj.gateway.services.transfers.url", url,
                "yj.gateway.services.victims.url", "http://127.0.0.1:" + Ports.free(),
                // the console: the same echo, which says what reached it
                "yj.gateway.console", url,
                "yj.gateway.limits.max-body-size", "2M",
                "yj.gateway.limits.upstream-timeout", "1s",
                "yj.gateway.limits.requests-per-second", "1",
                "yj.gateway.limits.burst", "10");
    }

    private void handle(HttpServerRequest request) {
        if (request.path().equals("/q/health/ready")) {
            request.response().end("{\"status\":\"UP\"}");
            return;
        }
        if (request.path().equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"openapi\":\"3.1.0\"}");
            return;
        }
        upstream.requests.incrementAndGet();
        if (request.path().endsWith("/slow")) {
            vertx.setTimer(3000, t -> request.response().end("late"));
            return;
        }
        if (request.path().endsWith("/large")) {
            request.response().setChunked(true);
            for (int i = 0; i < 32; i++) {
                request.response().write(Buffer.buffer(new byte[64 * 1024]));
            }
            request.response().end();
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("correlationId", request.getHeader("X-Correlation-Id"))
                    .put("custom", request.getHeader("X-Custom"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("forwardedPort", request.getHeader("X-Forwarded-Port"))
                    .put("forwarded", request.getHeader("Forwarded"))
                    .put("cookie", request.getHeader("Cookie"))
                    .put("bodyLength", body.length())
                    .put("bodySha256", sha256(body.getBytes()));
            String status = request.getParam("status");
            request.response().setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "echo")
                    .end(echo.encode());
        });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(upstream, new TestInjector.AnnotatedAndMatchesType(InjectUpstream.class, Upstream.class));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
