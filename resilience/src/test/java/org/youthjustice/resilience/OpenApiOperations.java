package org.youthjustice.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.youthjustice.e2e.RunningPlatform;

/**
 * Every operation of every service, read from the OpenAPI document each service serves ({@code /q/openapi?format=json}),
 * so that the suites built on it (R3 tenancy matrix, R4 hostile input) cover an endpoint as soon as it is documented,
 * without a test written for it. An operation knows its method, path, parameters, request body (schema and example) and
 * the realm roles its security requirement names.
 */
final class OpenApiOperations {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Every realm role of a demo user (ROLES.md), in the order the matrix prints them. */
    static final List<String> USER_ROLES = List.of("case-worker", "senior-case-manager", "advanced-practitioner", "team-manager",
            "service-manager", "court-officer", "business-support", "rj-worker", "partnership-analyst", "platform-admin");

    /**
     * victim-service documents its victim endpoints as open to any authenticated caller and decides inside (VIC-4,
     * ROLES.md "victim personal data"): restorative justice workers and team and service managers of the authority;
     * everyone else is answered 404, as if the victim did not exist.
     */
    static final Set<String> VICTIM_ROLES = Set.of("rj-worker", "team-manager", "service-manager");

    private OpenApiOperations() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String module, String method, String path, JsonNode spec, JsonNode document) {

        String id() {
            return method + " " + path;
        }

        /** The roles the security requirement names; empty when it names none (any authenticated caller). */
        List<String> declaredRoles() {
            List<String> roles = new ArrayList<>();
            for (JsonNode requirement : spec.path("security")) {
                requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
            }
            return roles;
        }

        /**
         * The roles that may use the operation: those its document names; for a {@code /me} endpoint everyone; for
         * victim-service's endpoints that name none, ROLES.md's (restorative justice workers and managers).
         */
        Set<String> allowedRoles() {
            List<String> declared = declaredRoles();
            if (!declared.isEmpty()) {
                return new LinkedHashSet<>(declared);
            }
            if (path.endsWith("/me")) {
                Set<String> everyone = new LinkedHashSet<>(USER_ROLES);
                everyone.add("partner-court");
                everyone.add("partner-police");
                return everyone;
            }
            if (module.equals("victim-service")) {
                return VICTIM_ROLES;
            }
            return new LinkedHashSet<>(USER_ROLES);
        }

        boolean unsafe() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        List<Parameter> parameters() {
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode parameter : spec.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                        resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
            }
            return parameters;
        }

        List<Parameter> parameters(String in) {
            return parameters().stream().filter(parameter -> parameter.in().equals(in)).toList();
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        /** The request body's media type, e.g. {@code application/json}; null without a body. */
        String bodyMediaType() {
            Iterator<String> types = spec.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : null;
        }

        boolean jsonBody() {
            return "application/json".equals(bodyMediaType());
        }

        JsonNode bodySchema() {
            String type = bodyMediaType();
            return type == null ? MissingNode.getInstance() : resolve(spec.path("requestBody").path("content").path(type).path("schema"));
        }

        /** The document's first example of the request body, a fresh copy each time. */
        Optional<JsonNode> example() {
            String type = bodyMediaType();
            if (type == null) {
                return Optional.empty();
            }
            JsonNode content = spec.path("requestBody").path("content").path(type);
            JsonNode examples = content.path("examples");
            if (examples.isObject() && examples.size() > 0) {
                return Optional.of(examples.elements().next().path("value").deepCopy());
            }
            if (content.has("example")) {
                return Optional.of(content.path("example").deepCopy());
            }
            return Optional.empty();
        }

        /** Follows a {@code $ref} within the document (repeatedly), else the node itself. */
        JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
                String ref = current.path("$ref").asText();
                if (!ref.startsWith("#/")) {
                    return current;
                }
                current = document.at(ref.substring(1));
            }
            return current == null ? MissingNode.getInstance() : current;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /**
     * The documents do not change while a platform runs, and four suites read them: each platform's are read once.
     * Keyed by the services' addresses, which name one running platform.
     */
    private static final Map<Map<String, String>, List<Operation>> READ = new ConcurrentHashMap<>();

    /** Each service's document, read from the service itself, and its operations in document order. */
    static List<Operation> load(RunningPlatform platform) {
        return READ.computeIfAbsent(Map.copyOf(platform.services()), services -> read(platform));
    }

    private static List<Operation> read(RunningPlatform platform) {
        // HTTP/1.1 as ProbeClient: the JDK client's default offers an h2c upgrade on every plain-text request, and a CI
        // run once lost compliance-service's (large) document to that upgrade with an IOException
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, String> service : platform.services().entrySet()) {
            JsonNode document;
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(service.getValue() + "/q/openapi?format=json"))
                        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(service.getKey() + " served no OpenAPI document: " + answer.statusCode());
                }
                document = JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new IllegalStateException(service.getKey() + "'s OpenAPI document could not be read: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            JsonNode paths = document.path("paths");
            paths.fieldNames().forEachRemaining(path -> paths.path(path).fields().forEachRemaining(method -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(service.getKey(), method.getKey().toUpperCase(), path, method.getValue(), document));
                }
            }));
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("no operation in any OpenAPI document");
        }
        return List.copyOf(operations);
    }
}
