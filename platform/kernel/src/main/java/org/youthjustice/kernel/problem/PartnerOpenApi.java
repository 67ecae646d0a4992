package org.youthjustice.kernel.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every service's OpenAPI document as a partner developer reads it, written once here rather than on every operation:
 * <ul>
 * <li>every error answer (4xx, 5xx) is {@code application/problem+json}, the {@code Problem} schema with its
 * {@code violations} (each with its {@code rule} where one applies), as {@link ProblemMappers} answers it;</li>
 * <li>operation ids stay stable and short: {@code TransferResource_list} becomes {@code transfer.list};</li>
 * <li>the server is the gateway: every path is the gateway's;</li>
 * <li>a property a schema does not require may be {@code null}: the services write absent values as null, and an
 * example shows them so;</li>
 * <li>a schema no operation uses (a shared type scanned from the kernel, in a service that does not answer with it)
 * is left out;</li>
 * <li>a JSON request or success answer whose author gave no example gets one drawn from its schema
 * ({@link SchemaExamples}).</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartnerOpenApi implements OASFilter {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("The gateway (locally http://127.0.0.1:8080): one address for every service, with a "
                            + "Keycloak access token"));
        }
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(PartnerOpenApi::nullableOptionals);
        }
        openAPI.getComponents().addSchema("Problem", problem());
        openAPI.getComponents().addSchema("Violation", violation());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Integer> shortIds = new HashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> shortIds.merge(shortId(operation.getOperationId()), 1, Integer::sum)));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            String shortId = shortId(operation.getOperationId());
            if (shortId != null && shortIds.get(shortId) == 1) {
                operation.setOperationId(shortId);
            }
            problems(operation);
        }));
        SchemaExamples examples = new SchemaExamples(openAPI.getComponents().getSchemas());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                exampleWhereNone(operation.getRequestBody().getContent(), examples);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        exampleWhereNone(response.getContent(), examples);
                    }
                });
            }
        }));
        unusedSchemasLeftOut(openAPI);
    }

    private static final String SCHEMAS = "#/components/schemas/";

    /** Keeps the component schemas the operations reach, through any number of references; leaves out the rest. */
    static void unusedSchemasLeftOut(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        if (components == null) {
            return;
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        // a list that takes nulls: a parameter or header may have no schema
        java.util.Deque<Schema> reached = new java.util.LinkedList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> reached.add(p.getSchema()));
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> reached.add(p.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    schemasOf(operation.getRequestBody().getContent(), reached);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        schemasOf(response.getContent(), reached);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> reached.add(header.getSchema()));
                        }
                    });
                }
            });
        });
        while (!reached.isEmpty()) {
            Schema schema = reached.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (used.add(name)) {
                    reached.add(components.get(name));
                }
            }
            reached.add(schema.getItems());
            if (schema.getProperties() != null) {
                reached.addAll(schema.getProperties().values());
            }
            java.util.stream.Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(java.util.Objects::nonNull)
                    .forEach(reached::addAll);
            if (schema.getAdditionalPropertiesSchema() != null) {
                reached.add(schema.getAdditionalPropertiesSchema());
            }
        }
        new java.util.ArrayList<>(components.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(name -> openAPI.getComponents().removeSchema(name));
    }

    private static void exampleWhereNone(Content content, SchemaExamples examples) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            boolean given = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (!given && type.contains("json") && media.getSchema() != null) {
                Object example = examples.of(media.getSchema());
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    private static void schemasOf(Content content, java.util.Deque<Schema> reached) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> reached.add(media.getSchema()));
        }
    }

    /** {@code TransferResource_list} → {@code transfer.list}: the resource's name without "Resource", then the method. */
    static String shortId(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return operationId;
        }
        String type = operationId.substring(0, operationId.indexOf('_')).replaceFirst("Resource$", "");
        String method = operationId.substring(operationId.indexOf('_') + 1);
        return type.isEmpty() ? method : Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + method;
    }

    /** Each property {@code schema} does not require, here and in the objects it holds, may also be null. */
    static void nullableOptionals(Schema schema) {
        if (schema == null) {
            return;
        }
        nullableOptionals(schema.getItems());
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        new java.util.LinkedHashMap<>(schema.getProperties()).forEach((name, property) -> {
            nullableOptionals(property);
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                schema.addProperty(name, OASFactory.createSchema().description(property.getDescription())
                        .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            } else if (property.getType() != null && !property.getType().isEmpty()
                    && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }

    private static void problems(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                return;
            }
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                response.content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
                return;
            }
            MediaType problem = content.getMediaType(PROBLEM_JSON);
            if (problem != null && problem.getSchema() == null) {
                problem.schema(OASFactory.createSchema().ref(PROBLEM));
            }
        });
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: what went wrong, and for a refused request every violation at once")
                .addProperty("type", text("a URN naming the kind of problem, e.g. urn:youth-justice:problem:rule-violation"))
                .addProperty("title", text("the kind of problem in words"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("the HTTP status"))
                .addProperty("detail", text("what went wrong here"))
                .addProperty("instance", text("the path that was called"))
                .addProperty("correlationId", text("the id of this request in the platform's logs: quote it when asking for help"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))
                        .description("every rule or field the request broke, for a 400 or 422"))
                // the title is always there too; the examples of a refusal show only what tells it apart
                .required(List.of("type", "status"));
    }

    private static Schema violation() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("rule", text("the rule's id (RULES.md), e.g. ORD-4, where a rule was broken"))
                .addProperty("field", text("the request's field in question, as a JSON path, e.g. orders[0].requirements"))
                .addProperty("message", text("what is wrong, in words"))
                .required(List.of("message"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
