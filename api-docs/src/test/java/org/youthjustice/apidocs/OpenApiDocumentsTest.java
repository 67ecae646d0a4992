package org.youthjustice.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a partner developer expects of each service's OpenAPI document (written by the service's build to
 * target/openapi, so the services are built before this module): beyond Redocly's rules, which the build runs too.
 */
class OpenApiDocumentsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    @DisplayName("every operation of every service has an operation id, a summary and a tag; every request and success "
            + "answer its schema and an example; every error answer is application/problem+json")
    void everyOperationIsDocumentedForPartners() throws IOException {
        List<String> gaps = new ArrayList<>();
        for (String service : AsyncApiDocument.SERVICES) {
            Path file = ROOT.resolve(service + "/target/openapi/openapi.yaml");
            assertThat(file).as(file + ": build " + service + " first (mvn package writes it)").exists();
            JsonNode document = YAML.readTree(Files.readString(file));
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                JsonNode operation = method.getValue();
                if (!operation.has("responses")) {
                    return;
                }
                String where = service + " " + method.getKey().toUpperCase() + " " + path.getKey();
                for (String field : List.of("operationId", "summary")) {
                    if (operation.path(field).asText().isBlank()) {
                        gaps.add(where + ": no " + field);
                    }
                }
                if (operation.path("tags").isEmpty()) {
                    gaps.add(where + ": no tag");
                }
                operation.path("requestBody").path("content").fields().forEachRemaining(media -> described(where + " request "
                        + media.getKey(), media.getKey(), media.getValue(), gaps));
                operation.path("responses").fields().forEachRemaining(response -> {
                    String status = response.getKey();
                    JsonNode content = response.getValue().path("content");
                    if (status.startsWith("2") && !status.equals("204")) {
                        if (content.isEmpty()) {
                            gaps.add(where + " " + status + ": no content");
                        }
                        content.fields().forEachRemaining(media -> described(where + " " + status + " " + media.getKey(),
                                media.getKey(), media.getValue(), gaps));
                    } else if ((status.startsWith("4") || status.startsWith("5")) && !content.has("application/problem+json")) {
                        gaps.add(where + " " + status + ": not application/problem+json");
                    }
                });
            }));
        }
        assertThat(gaps).as("what the OpenAPI documents leave out").isEmpty();
    }

    /** JSON content has a schema and an example; a file (PDF, image) at least its schema. */
    private static void described(String where, String type, JsonNode media, List<String> gaps) {
        if (media.path("schema").isEmpty()) {
            gaps.add(where + ": no schema");
        }
        if (type.contains("json") && !media.has("example") && !media.has("examples")) {
            gaps.add(where + ": no example");
        }
    }
}
