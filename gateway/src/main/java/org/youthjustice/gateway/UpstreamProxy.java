package org.youthjustice.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import java.net.ConnectException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.youthjustice.problem.ProblemType;

/**
 * Forwards a request to a service and its answer back, streaming both bodies (never buffering a whole
 * body), preserving method, path, query, headers and status. A body over the limit is refused with
 * 413 — at once when its Content-Length says so, or as soon as the streamed bytes pass it; a service
 * that cannot be reached answers 503, one that stays silent past the timeout 504.
 */
final class UpstreamProxy {
    /** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");

    /**
     * What a client says about where the request came from is not passed on: the gateway says it itself, below. The
     * console builds its sign-in redirect from these, so a client's own X-Forwarded-Port or Forwarded must not reach it.
     */
    private static final Set<String> FORWARDING = Set.of("forwarded", "x-forwarded-host", "x-forwarded-proto",
            "x-forwarded-for", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-server", "x-real-ip");

    private final HttpClient client;
    private final GatewayConfig.Limits limits;
    private final ProblemReplies problems;

    UpstreamProxy(Vertx vertx, GatewayConfig.Limits limits, ProblemReplies problems) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) limits.connectTimeout().toMillis())
                .setKeepAlive(true)
                // the console's answers set its session in cookies of several kB (split in chunks by Quarkus OIDC):
                // Vert.x's 8 kB default for an answer's headers would turn a sign-in into a 502
                .setMaxHeaderSize(32 * 1024)
                .setMaxPoolSize(50));
        this.limits = limits;
        this.problems = problems;
    }

    HttpClient client() {
        return client;
    }

    void forward(RoutingContext context, URI upstream) {
        forward(context, upstream, context.request().uri());
    }

    void forward(RoutingContext context, URI upstream, String uri) {
        HttpServerRequest in = context.request();
        long maxBody = limits.maxBodySize().asLongValue();
        String contentLength = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && parse(contentLength) > maxBody) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBody + " bytes");
            return;
        }
        in.pause();
        AtomicBoolean answered = new AtomicBoolean();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(upstream.getHost())
                .setPort(upstream.getPort())
                .setURI(uri)
                .setIdleTimeout(limits.upstreamTimeout().toMillis());
        in.headers().forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !FORWARDING.contains(name)) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        options.putHeader("X-Forwarded-Host", String.valueOf(in.authority()));
        options.putHeader("X-Forwarded-Proto", in.scheme());
        options.putHeader("X-Forwarded-For", in.remoteAddress() == null ? "" : in.remoteAddress().hostAddress());

        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                fail(context, answered, connected.cause());
                return;
            }
            HttpClientRequest out = connected.result();
            // a body of unknown length: chunked in HTTP/1.1; in HTTP/2 any body that has not ended with the headers
            boolean bodyOfUnknownLength = "chunked".equalsIgnoreCase(in.getHeader(HttpHeaders.TRANSFER_ENCODING))
                    || (in.version() == HttpVersion.HTTP_2 && !in.isEnded());
            if (contentLength == null && bodyOfUnknownLength) {
                out.setChunked(true);
            }
            out.response().onComplete(answer -> {
                if (answer.failed()) {
                    fail(context, answered, answer.cause());
                } else if (answered.compareAndSet(false, true)) {
                    relay(answer.result(), context.response());
                }
            });
            out.exceptionHandler(error -> fail(context, answered, error));
            AtomicLong received = new AtomicLong();
            in.handler(chunk -> {
                if (received.addAndGet(chunk.length()) > maxBody) {
                    in.handler(null);
                    // claimed before the reset: resetting the upstream request fails it, and that failure must not
                    // answer first (a 503 for what is the client's 413)
                    boolean first = answered.compareAndSet(false, true);
                    out.reset();
                    if (first) {
                        context.response().putHeader(HttpHeaders.CONNECTION, "close");
                        problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBody + " bytes");
                    }
                    return;
                }
                out.write(chunk);
                if (out.writeQueueFull()) {
                    in.pause();
                    out.drainHandler(drained -> in.resume());
                }
            });
            in.endHandler(end -> {
                if (received.get() <= maxBody) {
                    out.end();
                }
            });
            in.exceptionHandler(error -> out.reset());
            in.resume();
        });
    }

    private static void relay(HttpClientResponse answer, HttpServerResponse response) {
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                response.headers().add(header.getKey(), header.getValue());
            }
        });
        if (answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private void fail(RoutingContext context, AtomicBoolean answered, Throwable cause) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        if (cause instanceof TimeoutException || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout")
                && !(cause instanceof ConnectException)) {
            problems.send(context, ProblemType.GATEWAY_TIMEOUT, "the service did not answer in time");
        } else {
            problems.send(context, ProblemType.UNAVAILABLE, "the service is not available; try again shortly");
        }
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
