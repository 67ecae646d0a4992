package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The build's own kustomize subset ({@link Kustomize}) renders exactly what the real one does: every target rendered
 * by {@code kubectl kustomize} holds the same resources, field for field. Not part of the default build, which needs
 * only the JDK and Maven; run where kubectl is installed (README: Validation without a cluster):
 * {@code mvn -pl deploy/kubernetes test -Pkubectl}.
 */
class KubectlKustomizeCheck {

    static List<String> targets() {
        return Manifests.TARGETS;
    }

    @ParameterizedTest
    @MethodSource("targets")
    void rendersWhatKubectlKustomizeRenders(String target) throws IOException, InterruptedException {
        assertThat(byId(kubectlKustomize(target))).isEqualTo(byId(Manifests.render(target)));
    }

    private static List<ObjectNode> kubectlKustomize(String target) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", Manifests.moduleDir().resolve(target).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = kubectl.getInputStream().readAllBytes();
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize " + target + " exit code").isZero();
        return Kustomize.YAML.readerFor(JsonNode.class).<JsonNode>readValues(out).readAll().stream()
                .map(ObjectNode.class::cast).toList();
    }

    /** Resources by kind/namespace/name: kustomize orders them its own way, the content is what must agree. */
    private static Map<String, String> byId(List<ObjectNode> resources) {
        Map<String, String> byId = new TreeMap<>();
        resources.forEach(r -> byId.put(Kustomize.id(r), Kustomize.YAML.writeValueAsString(sorted(r))));
        return byId;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = Kustomize.YAML.createObjectNode();
            new TreeMap<>(((ObjectNode) node).properties().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .forEach((k, v) -> copy.set(k, sorted(v)));
            return copy;
        }
        if (node.isArray()) {
            var copy = Kustomize.YAML.createArrayNode();
            node.forEach(v -> copy.add(sorted(v)));
            return copy;
        }
        return node;
    }
}
