package org.youthjustice.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Where the manifests and the services' configuration are, and the rendered base and overlays. */
final class Manifests {

    /** What `kubectl apply -k` is run on; every one is validated. */
    static final List<String> TARGETS = List.of("base", "overlays/small", "overlays/production", "overlays/demo");
    static final String NAMESPACE = "youth-justice";
    static final List<String> SERVICES = List.of("order-service", "allocation-service", "compliance-service",
            "transfer-service", "victim-service", "reporting-service");
    static final List<String> APPS = List.of("gateway", "order-service", "allocation-service", "compliance-service",
            "transfer-service", "victim-service", "reporting-service", "console");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The module's directory: Surefire runs in it. */
    static Path moduleDir() {
        return Path.of("").toAbsolutePath();
    }

    /** The repository's root: from the build (maven.multiModuleProjectDirectory), else two levels up. */
    static Path repositoryRoot() {
        String configured = System.getProperty("yj.repository.root");
        if (configured != null && Files.exists(Path.of(configured, "deploy/keycloak/youth-justice-realm.json"))) {
            return Path.of(configured);
        }
        return moduleDir().resolve("../..").normalize();
    }

    static List<ObjectNode> render(String target) {
        return RENDERED.computeIfAbsent(target, t -> Kustomize.build(moduleDir().resolve(t)));
    }

    static Stream<String> targets() {
        return TARGETS.stream();
    }

    static Stream<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asString()));
    }

    static ObjectNode named(List<ObjectNode> resources, String kind, String name) {
        return ofKind(resources, kind).filter(r -> name.equals(r.path("metadata").path("name").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(JsonNode r) {
        return r.path("metadata").path("name").asString();
    }

    static Properties properties(String relativePath) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(repositoryRoot().resolve(relativePath))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Properties applicationProperties(String app) {
        return properties(app + "/src/main/resources/application.properties");
    }
}
