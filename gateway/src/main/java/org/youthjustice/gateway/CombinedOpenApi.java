package org.youthjustice.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's one OpenAPI document, as the gateway serves it at {@code /api/openapi}: every service's document
 * merged. Paths never collide (each service has its own prefix); each service's schemas are named after it
 * ({@code orders.CaseView}), and its operation ids too ({@code orders.caseFile.search}), since two services may use the
 * same name for different things. Tags and security schemes are the same across services and are kept once.
 */
final class CombinedOpenApi {
    private static final String SCHEMAS = "#/components/schemas/";

    private CombinedOpenApi() {
    }

    /** {@code documents}: each service's document by the service's name (its route: orders, allocations…). */
    static JsonObject combine(Map<String, JsonObject> documents) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        String openapi = "3.1.0";
        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            String service = entry.getKey();
            // every reference to one of the service's schemas, wherever it is, now names the service's copy
            JsonObject document = new JsonObject(entry.getValue().encode()
                    .replace("\"" + SCHEMAS, "\"" + SCHEMAS + service + "."));
            openapi = document.getString("openapi", openapi);
            JsonObject components = document.getJsonObject("components", new JsonObject());
            components.getJsonObject("schemas", new JsonObject())
                    .forEach(schema -> schemas.put(service + "." + schema.getKey(), schema.getValue()));
            components.getJsonObject("securitySchemes", new JsonObject()).forEach(scheme -> securitySchemes.put(scheme.getKey(),
                    scheme.getValue()));
            document.getJsonArray("tags", new JsonArray()).forEach(tag -> tags.putIfAbsent(((JsonObject) tag).getString("name"),
                    (JsonObject) tag));
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                JsonObject item = (JsonObject) path.getValue();
                item.forEach(operation -> {
                    if (operation.getValue() instanceof JsonObject op && op.containsKey("operationId")) {
                        op.put("operationId", service + "." + op.getString("operationId"));
                    }
                });
                paths.put(path.getKey(), item);
            });
        }
        JsonArray tagList = new JsonArray();
        tags.values().forEach(tagList::add);
        return new JsonObject()
                .put("openapi", openapi)
                .put("info", new JsonObject()
                        .put("title", "Youth Justice Platform")
                        .put("version", "0.1.0")
                        .put("description", "Every service's API through the gateway, in one document. Each service's own "
                                + "document is at /api/openapi/<service>; the events are in the AsyncAPI document "
                                + "(docs/api/asyncapi.yaml).")
                        .put("license", new JsonObject().put("name", "Open Government Licence v3.0")
                                .put("url", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                        .put("description", "The gateway (locally http://127.0.0.1:8080), with a Keycloak access token")))
                .put("tags", tagList)
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", schemas).put("securitySchemes", securitySchemes));
    }
}
