package org.youthjustice.console.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services' API as the signed-in user calls it: every request goes through the gateway with the user's own access
 * token, so the console can see and do exactly what the user could with the API, and no more (X-1, ROLES.md). The
 * console never holds a token of its own.
 */
@RequestScoped
public class Api {
    /** One client for the process: its connections to the gateway are reused across requests. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "yj.console.gateway-url")
    String gateway;

    /** A service's answer: its status, its body (JSON, or missing) and the headers a page needs. */
    public record Answer(int status, JsonNode body, Optional<String> totalCount, Optional<String> contentType, byte[] bytes,
            Optional<String> contentDisposition) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's violations, for an answer 400 or 422: each with its field and rule where the service gave one. */
        public List<Violation> violations() {
            List<Violation> listed = new java.util.ArrayList<>();
            body.path("violations").forEach(v -> listed.add(new Violation(text(v, "field"), text(v, "rule"), text(v, "message"))));
            if (listed.isEmpty() && !ok()) {
                String said = Optional.ofNullable(text(body, "detail")).orElse(text(body, "title"));
                listed.add(new Violation(null, null, said == null || said.isBlank()
                        ? "The service could not take this (" + status + "). Check the details and try again" : said));
            }
            return listed;
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            return value.isTextual() ? value.asText() : null;
        }
    }

    /** One violation of a problem: the API's field path (e.g. {@code child.dateOfBirth}), rule id and message. */
    public record Violation(String field, String rule, String message) {
        /** A value left out: bean validation's own message, with no rule; a form asks for it by name instead. */
        public boolean missing() {
            return rule == null && message != null && message.matches("must not be (blank|null|empty)");
        }
    }

    /** GET {@code path} (under the gateway's /api), answering with whatever the service answered. */
    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /**
     * GET a download of {@code type} (text/csv, say) from {@code path}: the service's bytes and Content-Disposition, or its
     * problem (JSON) when it refuses.
     */
    public Answer download(String path, String type) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), type + ", application/problem+json");
    }

    /** POST {@code body} as JSON to {@code path}. */
    public Answer post(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(json(body)));
    }

    /** PUT {@code body} as JSON to {@code path}: a record drafted whole again. */
    public Answer put(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").PUT(json(body)));
    }

    private HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            // never the body in the message: it holds a child's details, and messages reach the log
            throw new IllegalArgumentException("a request body the console could not write as JSON", e);
        }
    }

    private URI uri(String path) {
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("the console calls the services' API only: " + path);
        }
        return URI.create(gateway + path);
    }

    private Answer send(HttpRequest.Builder request) {
        return send(request, "application/json, application/problem+json, application/pdf");
    }

    private Answer send(HttpRequest.Builder request, String accept) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + accessToken.getToken())
                    .header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Optional<String> type = response.headers().firstValue("Content-Type");
            JsonNode body = type.filter(t -> t.contains("json")).isPresent() && response.body().length > 0
                    ? json.readTree(response.body()) : MissingNode.getInstance();
            return new Answer(response.statusCode(), body, response.headers().firstValue("X-Total-Count"), type, response.body(),
                    response.headers().firstValue("Content-Disposition"));
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the gateway", e);
        }
    }
}
