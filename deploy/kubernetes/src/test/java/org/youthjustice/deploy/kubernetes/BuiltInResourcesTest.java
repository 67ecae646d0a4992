package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every built-in resource, parsed strictly into the fabric8 typed model ({@link #FABRIC8}), which is generated from
 * the OpenAPI schema of Kubernetes {@link #KUBERNETES} (the API of 1.30 and later for every kind used here: apps/v1,
 * v1, policy/v1, autoscaling/v2, networking.k8s.io/v1). Strict: a field the API does not know fails (fabric8 keeps
 * unknown fields in each object's additionalProperties, which must all be empty), and so does a scalar of the
 * wrong type (no coercion of "3" to 3 or of 3 to "3"). The module's pom and README name the same two versions.
 */
class BuiltInResourcesTest {

    /** The fabric8 kubernetes-model release the build uses (pom.xml, fabric8.version). */
    static final String FABRIC8 = "8.0.0";
    /** The Kubernetes release whose OpenAPI schema that model is generated from. */
    static final String KUBERNETES = "1.37";
    static final String KUBERNETES_VERSION = KUBERNETES + " (fabric8 kubernetes-model " + FABRIC8 + ")";

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyBuiltInResourceIsValidForTheKubernetesApi(String target) {
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        for (ObjectNode r : Manifests.render(target)) {
            if (Kustomize.builtIn(r)) {
                problems.addAll(problems(r));
                parsed++;
            }
        }
        assertThat(problems).as("against Kubernetes " + KUBERNETES_VERSION).isEmpty();
        assertThat(parsed).isGreaterThan(20);
    }

    static List<String> problems(ObjectNode r) {
        List<String> problems = new ArrayList<>();
        String key = r.path("apiVersion").asString() + "/" + r.path("kind").asString();
        Class<? extends HasMetadata> type = KINDS.get(key);
        if (type == null) {
            return List.of(Kustomize.id(r) + ": no typed model mapped for " + key);
        }
        try {
            HasMetadata typed = STRICT.treeToValue(r, type);
            unknownFields(typed, Kustomize.id(r), problems, new IdentityHashMap<>());
            if (typed.getMetadata() == null || typed.getMetadata().getName() == null) {
                problems.add(Kustomize.id(r) + ": no metadata.name");
            }
        } catch (Exception e) {
            problems.add(Kustomize.id(r) + ": " + e.getMessage());
        }
        return problems;
    }

    @Test
    void strictParsingCatchesMistakes() {
        assertThat(problems((ObjectNode) Kustomize.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  replicaz: 2
                  template:
                    spec:
                      containers: [{name: c, image: i, livenessProbe: {httpGet: {paht: /q/health/live, port: 8080}}}]
                """))).hasSize(2);
        assertThat(problems((ObjectNode) Kustomize.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec: {replicas: "two"}
                """))).hasSize(1);
        assertThat(problems((ObjectNode) Kustomize.YAML.readTree("""
                apiVersion: policy/v1beta1
                kind: PodDisruptionBudget
                metadata: {name: p}
                """))).hasSize(1);
    }

    /**
     * The pom's description and the README name the Kubernetes API the model is generated from, and the fabric8
     * release they name is the one on the test classpath (and in the pom's fabric8.version).
     */
    @Test
    void theModuleNamesTheKubernetesVersionItValidatesAgainst() throws IOException {
        String pom = Files.readString(Manifests.moduleDir().resolve("pom.xml"));
        Matcher property = Pattern.compile("<fabric8\\.version>([^<]+)</fabric8\\.version>").matcher(pom);
        assertThat(property.find()).isTrue();
        assertThat(property.group(1)).as("pom.xml fabric8.version").isEqualTo(FABRIC8);
        Properties onClasspath = new Properties();
        try (InputStream in = Deployment.class.getResourceAsStream("/META-INF/maven/io.fabric8/kubernetes-model-apps/pom.properties")) {
            assertThat(in).as("kubernetes-model-apps' pom.properties").isNotNull();
            onClasspath.load(in);
        }
        assertThat(onClasspath.getProperty("version")).as("the fabric8 model on the classpath").isEqualTo(FABRIC8);
        Pattern named = Pattern.compile("fabric8 ([0-9.]+) typed model \\(Kubernetes ([0-9.]+) API");
        for (var file : Map.of("pom.xml", pom, "README.md", Files.readString(Manifests.moduleDir().resolve("README.md")))
                .entrySet()) {
            Matcher m = named.matcher(file.getValue().replaceAll("\\s+", " "));
            assertThat(m.find()).as(file.getKey() + " names the versions as 'fabric8 <x> typed model (Kubernetes <y> API'")
                    .isTrue();
            assertThat(m.group(1) + " / " + m.group(2)).as(file.getKey()).isEqualTo(FABRIC8 + " / " + KUBERNETES);
            assertThat(m.find()).as(file.getKey() + ": named once").isFalse();
        }
    }

    /**
     * The Kubernetes release fabric8's model is generated from, as its own build says: the schema its model generator
     * reads (openapi.schema.kubernetes-latest in kubernetes-model-generator's pom, found in the local Maven repository
     * beside the model's jar: Maven fetches it with the model, whose parent it is).
     */
    @Test
    void theKubernetesVersionIsTheOneTheFabric8ModelIsGeneratedFrom() throws Exception {
        Path jar = Path.of(Deployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path generator = jar.getParent().getParent().getParent()
                .resolve("kubernetes-model-generator/" + FABRIC8 + "/kubernetes-model-generator-" + FABRIC8 + ".pom");
        assertThat(generator).as("fabric8's model generator POM beside the model").isRegularFile();
        Matcher m = Pattern.compile("<openapi\\.schema\\.kubernetes-latest>[^<]*kubernetes-([0-9]+\\.[0-9]+)\\.[0-9]+\\.json<")
                .matcher(Files.readString(generator));
        assertThat(m.find()).as(generator + ": openapi.schema.kubernetes-latest").isTrue();
        assertThat(m.group(1)).isEqualTo(KUBERNETES);
    }

    /** Walks the typed object graph: any non-empty additionalProperties is a field the API does not have. */
    private static void unknownFields(Object o, String where, List<String> out, Map<Object, Boolean> seen) throws Exception {
        if (o == null || seen.put(o, true) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            for (Object e : c) {
                unknownFields(e, where, out, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                unknownFields(e.getValue(), where + "." + e.getKey(), out, seen);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class || SKIP.contains(m.getName())) {
                continue;
            }
            Object value = m.invoke(o);
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    out.add(where + " (" + o.getClass().getSimpleName() + "): unknown fields " + extra.keySet());
                }
            } else {
                unknownFields(value, where + "." + m.getName().substring(3), out, seen);
            }
        }
    }

    private static final Set<String> SKIP = Set.of("getClass", "getPlural", "getSingular", "getCRDName", "getKind",
            "getApiVersion", "getGroup", "getVersion", "getScope");
}
