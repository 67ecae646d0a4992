package org.youthjustice.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CombinedOpenApiTest {
    private static JsonObject document(String prefix, String description) {
        return new JsonObject("""
                {"openapi": "3.1.0", "tags": [{"name": "caller", "description": "Who the platform takes the caller to be"}],
                 "paths": {"%s/cases/{id}": {"get": {"operationId": "caseFile.get", "tags": ["caller"],
                   "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseView"}}}}}}}},
                 "components": {"schemas": {"CaseView": {"type": "object", "description": "%s"}},
                   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}""".formatted(prefix, description));
    }

    @Test
    @DisplayName("the services' documents in one: a schema of the same name in two services kept apart, each reference to "
            + "its own; operation ids named after their service; a tag and the security scheme kept once")
    void combinesTheServicesDocuments() {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        documents.put("orders", document("/api/orders", "a child's case"));
        documents.put("transfers", document("/api/transfers", "a transfer's case"));

        JsonObject combined = CombinedOpenApi.combine(documents);

        JsonObject schemas = combined.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.fieldNames()).containsExactlyInAnyOrder("orders.CaseView", "transfers.CaseView");
        assertThat(schemas.getJsonObject("transfers.CaseView").getString("description")).isEqualTo("a transfer's case");
        JsonObject transfers = combined.getJsonObject("paths").getJsonObject("/api/transfers/cases/{id}").getJsonObject("get");
        assertThat(transfers.getString("operationId")).isEqualTo("transfers.caseFile.get");
        assertThat(transfers.encode()).contains("#/components/schemas/transfers.CaseView").doesNotContain("orders.CaseView");
        assertThat(combined.getJsonArray("tags")).hasSize(1);
        assertThat(combined.getJsonObject("components").getJsonObject("securitySchemes").fieldNames()).containsExactly("bearer");
        assertThat(combined.getJsonObject("paths").fieldNames()).hasSize(2);
    }
}
