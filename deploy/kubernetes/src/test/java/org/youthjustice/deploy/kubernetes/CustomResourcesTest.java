package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.node.ObjectNode;

/**
 * Every custom resource against its operator's CRD schema (src/test/resources/crd-schemas, from datreeio's
 * CRDs-catalog: Strimzi v1, CloudNativePG v1, Keycloak v2beta1, Prometheus Operator v1). The schemas close their
 * objects (additionalProperties false), so an unknown field fails as well as a wrong type or a missing required one.
 */
class CustomResourcesTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    static Schema schemaFor(String apiVersion, String kind) {
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String resource = "/crd-schemas/" + group + "/" + kind.toLowerCase() + "_" + version + ".json";
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream in = CustomResourcesTest.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new AssertionError("no CRD schema " + r + " for " + apiVersion + " " + kind);
                }
                return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    static List<String> validate(ObjectNode resource) {
        Schema schema = schemaFor(resource.path("apiVersion").asString(), resource.path("kind").asString());
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(resource.toString(), InputFormat.JSON)) {
            problems.add(Kustomize.id(resource) + ": " + e);
        }
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyCustomResourceMatchesItsCrdSchema(String target) {
        List<String> problems = new ArrayList<>();
        int validated = 0;
        for (ObjectNode r : Manifests.render(target)) {
            if (Kustomize.builtIn(r)) {
                continue;
            }
            problems.addAll(validate(r));
            validated++;
        }
        assertThat(problems).isEmpty();
        assertThat(validated).isGreaterThan(30);
    }

    @Test
    void theSchemasCatchMistakes() {
        ObjectNode topic = (ObjectNode) Kustomize.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: "three", replicas: 3, retention: 7d}
                """);
        assertThat(validate(topic)).hasSizeGreaterThanOrEqualTo(2);
        ObjectNode user = (ObjectNode) Kustomize.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: tls}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t}
                        operations: [Publish]
                """);
        assertThat(validate(user)).isNotEmpty();
    }
}
