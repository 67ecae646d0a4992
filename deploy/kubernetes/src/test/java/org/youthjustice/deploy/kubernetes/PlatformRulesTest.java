package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.deploy.kubernetes.Manifests.APPS;
import static org.youthjustice.deploy.kubernetes.Manifests.SERVICES;
import static org.youthjustice.deploy.kubernetes.Manifests.name;
import static org.youthjustice.deploy.kubernetes.Manifests.named;
import static org.youthjustice.deploy.kubernetes.Manifests.ofKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The platform's own rules, on the base and on every overlay as rendered. */
class PlatformRulesTest {

    /**
     * Each service publishes (through its outbox) to its own topic only; a service not listed here (reporting-service,
     * a read model) publishes none and records nothing in its outbox.
     */
    static final Map<String, String> OWN_TOPIC = Map.of(
            "order-service", "yj.orders.v1",
            "allocation-service", "yj.allocations.v1",
            "compliance-service", "yj.compliance.v1",
            "transfer-service", "yj.transfers.v1",
            "victim-service", "yj.victims.v1");

    private static final Pattern SETTING = Pattern.compile("\\$\\{(yj\\.[a-z0-9.-]+):([^}]*)}");
    /** A setting without a default: the app does not start unless it is given. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(yj\\.[a-z0-9.-]+)}");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyDeploymentIsHardenedAndProbed(String target) {
        List<ObjectNode> all = Manifests.render(target);
        assertThat(ofKind(all, "Deployment").map(Manifests::name).toList()).containsExactlyInAnyOrderElementsOf(APPS);
        List<String> problems = new ArrayList<>();
        ofKind(all, "Deployment").forEach(d -> {
            String n = name(d);
            JsonNode pod = d.path("spec").path("template").path("spec");
            check(problems, n, "automountServiceAccountToken false", pod.path("automountServiceAccountToken").isBoolean()
                    && !pod.path("automountServiceAccountToken").asBoolean());
            check(problems, n, "pod runAsNonRoot", pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
            check(problems, n, "seccomp RuntimeDefault",
                    "RuntimeDefault".equals(pod.path("securityContext").path("seccompProfile").path("type").asString(null)));
            Map<String, String> emptyDirs = new HashMap<>();
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("emptyDir")) {
                    emptyDirs.put(v.path("name").asString(), "emptyDir");
                }
            }
            for (JsonNode c : pod.path("containers")) {
                String where = n + "/" + c.path("name").asString();
                check(problems, where, "startupProbe /q/health/started", probe(c, "startupProbe", "/q/health/started"));
                check(problems, where, "livenessProbe /q/health/live", probe(c, "livenessProbe", "/q/health/live"));
                check(problems, where, "readinessProbe /q/health/ready", probe(c, "readinessProbe", "/q/health/ready"));
                for (String kind : List.of("requests", "limits")) {
                    for (String res : List.of("cpu", "memory")) {
                        check(problems, where, "resources." + kind + "." + res,
                                c.path("resources").path(kind).path(res).isValueNode());
                    }
                }
                JsonNode sc = c.path("securityContext");
                check(problems, where, "readOnlyRootFilesystem", sc.path("readOnlyRootFilesystem").asBoolean(false));
                check(problems, where, "allowPrivilegeEscalation false", sc.path("allowPrivilegeEscalation").isBoolean()
                        && !sc.path("allowPrivilegeEscalation").asBoolean());
                check(problems, where, "capabilities drop ALL",
                        sc.path("capabilities").path("drop").toString().equals("[\"ALL\"]"));
                boolean tmp = false;
                for (JsonNode m : c.path("volumeMounts")) {
                    tmp |= m.path("mountPath").asString().equals("/tmp") && emptyDirs.containsKey(m.path("name").asString());
                }
                check(problems, where, "an emptyDir at /tmp", tmp);
                String image = c.path("image").asString();
                String tag = image.substring(Kustomize.imageName(image).length());
                check(problems, where, "image with an explicit tag, not latest (" + image + ")",
                        tag.startsWith(":") && !tag.equals(":latest") || tag.contains("@sha256:"));
                for (JsonNode e : c.path("env")) {
                    String env = e.path("name").asString();
                    boolean secretish = env.endsWith("PASSWORD") || env.contains("SECRET") || env.endsWith("_KEY");
                    check(problems, where, env + " from a Secret, never a value", !secretish || !e.has("value"));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyAppIsServedBudgetedScaledAndScraped(String target) {
        List<ObjectNode> all = Manifests.render(target);
        for (String app : APPS) {
            JsonNode d = named(all, "Deployment", app);
            JsonNode podLabels = d.path("spec").path("template").path("metadata").path("labels");
            JsonNode service = named(all, "Service", app);
            assertThat(selects(service.path("spec").path("selector"), podLabels)).as(app + " Service").isTrue();
            JsonNode pdb = named(all, "PodDisruptionBudget", app);
            assertThat(selects(pdb.path("spec").path("selector").path("matchLabels"), podLabels)).as(app + " PDB").isTrue();
            assertThat(pdb.path("spec").has("minAvailable") || pdb.path("spec").has("maxUnavailable")).isTrue();
            JsonNode hpa = named(all, "HorizontalPodAutoscaler", app).path("spec");
            assertThat(hpa.path("scaleTargetRef").path("name").asString()).isEqualTo(app);
            assertThat(hpa.path("metrics").get(0).path("resource").path("name").asString()).isEqualTo("cpu");
            assertThat(hpa.path("minReplicas").asInt()).isLessThanOrEqualTo(hpa.path("maxReplicas").asInt());
            JsonNode monitor = named(all, "ServiceMonitor", app).path("spec");
            assertThat(selects(monitor.path("selector").path("matchLabels"), service.path("metadata").path("labels"))).isTrue();
            assertThat(monitor.path("endpoints").get(0).path("path").asString()).isEqualTo("/q/metrics");
        }
        assertThat(ofKind(all, "Ingress").map(Manifests::name).toList()).containsExactly("gateway");
        JsonNode ingress = named(all, "Ingress", "gateway").path("spec");
        assertThat(ingress.path("tls").get(0).path("secretName").asString()).isNotBlank();
        assertThat(ofKind(all, "Secret").toList()).as("no Secret (and so no secret value) in the repository").isEmpty();
    }

    /**
     * A Deployment's replicas are its HorizontalPodAutoscaler's: every Deployment has one and names no spec.replicas,
     * which every `kubectl apply` would set again, undoing the autoscaler's scaling (Kubernetes docs, Horizontal Pod
     * Autoscaling). The count is then the autoscaler's minReplicas, at which the disruption budget still lets a drain
     * evict a pod (small runs one).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyDeploymentIsScaledByItsAutoscalerAlone(String target) {
        assertThat(scalingProblems(Manifests.render(target))).isEmpty();
    }

    @Test
    void theScalingRuleCatchesReplicasBesideAnAutoscaler() {
        List<ObjectNode> all = Manifests.render("base").stream().map(ObjectNode::deepCopy).collect(Collectors.toList());
        ((ObjectNode) named(all, "Deployment", "gateway").path("spec")).put("replicas", 2);
        all.remove(named(all, "HorizontalPodAutoscaler", "console"));
        ((ObjectNode) named(all, "PodDisruptionBudget", "order-service").path("spec")).put("minAvailable", 2);
        assertThat(scalingProblems(all)).containsExactlyInAnyOrder(
                "gateway: spec.replicas beside its HorizontalPodAutoscaler",
                "console: no HorizontalPodAutoscaler",
                "order-service: its PodDisruptionBudget blocks every eviction at 2 replicas");
    }

    static List<String> scalingProblems(List<ObjectNode> all) {
        List<String> problems = new ArrayList<>();
        ofKind(all, "Deployment").forEach(d -> {
            String n = name(d);
            List<JsonNode> hpas = ofKind(all, "HorizontalPodAutoscaler").map(h -> h.path("spec"))
                    .filter(h -> h.path("scaleTargetRef").path("kind").asString().equals("Deployment")
                            && h.path("scaleTargetRef").path("name").asString().equals(n)).toList();
            if (hpas.isEmpty()) {
                problems.add(n + ": no HorizontalPodAutoscaler");
                return;
            }
            if (d.path("spec").has("replicas")) {
                problems.add(n + ": spec.replicas beside its HorizontalPodAutoscaler");
            }
            int replicas = hpas.get(0).path("minReplicas").asInt(1);
            JsonNode podLabels = d.path("spec").path("template").path("metadata").path("labels");
            ofKind(all, "PodDisruptionBudget").map(p -> p.path("spec"))
                    .filter(p -> selects(p.path("selector").path("matchLabels"), podLabels)).forEach(pdb -> {
                        // whole numbers only here: a percentage is not evaluated, so refused
                        boolean evicts = pdb.has("maxUnavailable") ? pdb.path("maxUnavailable").asInt(0) >= 1
                                : pdb.path("minAvailable").isInt() && pdb.path("minAvailable").asInt() < replicas;
                        if (!evicts) {
                            problems.add(n + ": its PodDisruptionBudget blocks every eviction at " + replicas + " replicas");
                        }
                    });
        });
        return problems;
    }

    /**
     * Every setting that points at 127.0.0.1 in an app's configuration, and every one it cannot start without, is set
     * from the environment.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyServiceIsConfiguredForTheCluster(String target) {
        List<ObjectNode> all = Manifests.render(target);
        Properties kernel = Manifests.properties("platform/kernel/src/main/resources/META-INF/microprofile-config.properties");
        for (String app : APPS) {
            JsonNode container = named(all, "Deployment", app).path("spec").path("template").path("spec").path("containers").get(0);
            Map<String, JsonNode> env = new HashMap<>();
            container.path("env").forEach(e -> env.put(e.path("name").asString(), e));
            Set<String> needed = new TreeSet<>(Set.of("YJ_HTTP_PORT", "QUARKUS_HTTP_HOST"));
            List<Properties> sources = new ArrayList<>(List.of(Manifests.applicationProperties(app)));
            if (SERVICES.contains(app)) {
                sources.add(kernel);
            }
            Set<String> keys = new TreeSet<>();
            sources.forEach(p -> keys.addAll(p.stringPropertyNames()));
            for (Properties p : sources) {
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    Matcher m = SETTING.matcher(value);
                    while (m.find()) {
                        if (m.group(2).contains("127.0.0.1") || m.group(1).startsWith("yj.db.")) {
                            needed.add(envName(m.group(1)));
                        }
                    }
                    Matcher required = REQUIRED.matcher(value);
                    while (required.find()) {
                        if (!keys.contains(required.group(1))) {
                            needed.add(envName(required.group(1)));
                        }
                    }
                    if (key.startsWith("yj.") && value.contains("127.0.0.1") && !value.contains("${")) {
                        needed.add(envName(key));
                    }
                }
            }
            assertThat(env.keySet()).as(app).containsAll(needed);
            assertThat(env.get("QUARKUS_HTTP_HOST").path("value").asString()).isEqualTo("0.0.0.0");
            assertThat(env.get("YJ_HTTP_PORT").path("value").asString())
                    .isEqualTo(container.path("ports").get(0).path("containerPort").asString());
            if (SERVICES.contains(app)) {
                String database = Manifests.applicationProperties(app).getProperty("%prod.quarkus.datasource.jdbc.url")
                        .replaceAll(".*/([a-z_]+)}$", "$1");
                assertThat(env.get("YJ_DB_URL").path("value").asString()).contains("/" + database + "?");
                assertThat(env.get("KAFKA_SECURITY_PROTOCOL").path("value").asString()).isEqualTo("SSL");
                assertThat(env.get("YJ_KAFKA_BOOTSTRAP_SERVERS").path("value").asString()).endsWith(":9093");
                assertThat(env.get("KAFKA_SSL_KEYSTORE_PASSWORD").path("valueFrom").path("secretKeyRef").path("name")
                        .asString()).as("the KafkaUser's own Secret").isEqualTo(app);
                named(all, "KafkaUser", app);
                named(all, "Database", database.replace('_', '-'));
            }
        }
        assertThat(env(all, "gateway").get("YJ_CONSOLE_URL").path("value").asString()).isEqualTo("http://console:8080");
        // every route of the gateway (yj.gateway.services.<context>.url) goes to one service of this deployment, on
        // 8080, and every service is routed to
        Map<String, JsonNode> gateway = env(all, "gateway");
        Properties gatewayProperties = Manifests.applicationProperties("gateway");
        List<String> routed = new ArrayList<>();
        for (String key : gatewayProperties.stringPropertyNames()) {
            if (key.matches("yj\\.gateway\\.services\\.[a-z-]+\\.url")) {
                Matcher m = SETTING.matcher(gatewayProperties.getProperty(key));
                assertThat(m.matches()).as(key + " from a setting with a default").isTrue();
                JsonNode url = gateway.get(envName(m.group(1)));
                assertThat(url).as(key + ": " + envName(m.group(1))).isNotNull();
                Matcher service = Pattern.compile("http://([a-z-]+):8080").matcher(url.path("value").asString());
                assertThat(service.matches()).as(key + ": " + url).isTrue();
                routed.add(service.group(1));
            }
        }
        assertThat(routed).as(target + ": the gateway's routes").containsExactlyInAnyOrderElementsOf(SERVICES);
        JsonNode victim = named(all, "Deployment", "victim-service").path("spec").path("template").path("spec");
        assertThat(victim.path("volumes").toString()).contains("\"secretName\":\"victim-service-personal-data\"");
        assertThat(victim.path("containers").get(0).path("env").toString()).contains("QUARKUS_CONFIG_LOCATIONS");
    }

    /**
     * The console: its secrets from the Secret console-oidc (README: Secrets), its session cookie Secure, the API
     * through the gateway and Keycloak over the back channel, as the gateway's; X-Forwarded-* headers trusted, at the
     * gateway and at the console, from the one list of the cluster's pod network (cluster-network.yaml), never from
     * every address; and the gateway told the browser's scheme by the ingress controller, since the console's sign-in
     * redirect (https://host/* in the realm) is built from what the gateway passes on.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void theConsoleSignsInOverHttpsWithItsSecretsFromASecret(String target) {
        List<ObjectNode> all = Manifests.render(target);
        Map<String, JsonNode> console = env(all, "console");
        Map<String, JsonNode> gateway = env(all, "gateway");
        for (var secret : Map.of("YJ_CONSOLE_CLIENT_SECRET", "client-secret", "YJ_CONSOLE_SESSION_SECRET", "session-secret")
                .entrySet()) {
            assertThat(console).as(target).containsKey(secret.getKey());
            JsonNode ref = console.get(secret.getKey()).path("valueFrom").path("secretKeyRef");
            assertThat(ref.path("name").asString() + "/" + ref.path("key").asString()).as(secret.getKey())
                    .isEqualTo("console-oidc/" + secret.getValue());
        }
        assertThat(console).as(target).containsKeys("YJ_CONSOLE_SECURE_COOKIES", "YJ_GATEWAY_URL", "YJ_KEYCLOAK_URL",
                "YJ_CONSOLE_TRUSTED_PROXIES", "GC_CONTAINER_OPTIONS", "JAVA_OPTS_APPEND");
        assertThat(gateway).as(target).containsKeys("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        assertThat(console.get("YJ_CONSOLE_SECURE_COOKIES").path("value").asString()).isEqualTo("true");
        assertThat(console.get("YJ_GATEWAY_URL").path("value").asString()).isEqualTo("http://gateway:8080");
        assertThat(console.get("YJ_KEYCLOAK_URL")).isEqualTo(gateway.get("YJ_KEYCLOAK_URL"));
        assertThat(console.get("GC_CONTAINER_OPTIONS")).isEqualTo(gateway.get("GC_CONTAINER_OPTIONS"));
        assertThat(console.get("JAVA_OPTS_APPEND")).isEqualTo(gateway.get("JAVA_OPTS_APPEND"));
        assertThat(gateway.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").path("value").asString()).isEqualTo("true");
        assertThat(gateway.get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").path("value").asString()).isEqualTo("true");
        JsonNode podNetwork = Manifests.named(all, "ConfigMap", "cluster-network").path("data").path("pod-cidrs");
        for (JsonNode trusted : List.of(console.get("YJ_CONSOLE_TRUSTED_PROXIES"), gateway.get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES"))) {
            assertThat(trusted.path("valueFrom").path("configMapKeyRef").toString())
                    .isEqualTo("{\"name\":\"cluster-network\",\"key\":\"pod-cidrs\"}");
        }
        for (String cidr : podNetwork.asString().split(",")) {
            assertThat(cidr).as("a CIDR, and not every address").matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}/([1-9]|[12][0-9]|3[0-2])"
                    + "|[0-9a-f:]+/([1-9]|[1-9][0-9]|1[01][0-9]|12[0-8])");
        }
    }

    /** A collector's selection flag (-XX:+UseSerialGC, ...); -XX:-Use...GC selects nothing. */
    private static final Pattern GC_FLAG = Pattern.compile("-XX:\\+Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC\\b");
    /** What the image's start script (run-java.sh, java-default-options) names when GC_CONTAINER_OPTIONS is unset. */
    static final String IMAGE_DEFAULT_COLLECTOR = "-XX:+UseParallelGC";

    /**
     * The collectors a container's JVM is told to use: the one the image's start script names (GC_CONTAINER_OPTIONS,
     * -XX:+UseParallelGC when unset or empty), plus any named in JAVA_OPTS_APPEND (which the script appends) and in
     * JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS (which the JVM reads itself). More than one, and the JVM stops at start
     * ("Multiple garbage collectors selected").
     */
    static Set<String> selectedCollectors(Map<String, String> env) {
        Set<String> selected = new TreeSet<>();
        String script = env.getOrDefault("GC_CONTAINER_OPTIONS", "");
        for (String options : List.of(script.isBlank() ? IMAGE_DEFAULT_COLLECTOR : script, env.getOrDefault("JAVA_OPTS_APPEND", ""),
                env.getOrDefault("JAVA_TOOL_OPTIONS", ""), env.getOrDefault("JDK_JAVA_OPTIONS", ""))) {
            Matcher m = GC_FLAG.matcher(options);
            while (m.find()) {
                selected.add(m.group(1));
            }
        }
        return selected;
    }

    /**
     * Every app's JVM, as the image's start script (run-java.sh) launches it with the Deployment's environment over
     * the Dockerfile's: one collector, the serial one the P6 figures were measured with, chosen in
     * GC_CONTAINER_OPTIONS (a GC flag in JAVA_TOOL_OPTIONS or JAVA_OPTS_APPEND beside the script's own stops the JVM);
     * the Dockerfile's system properties kept where the Deployment replaces its JAVA_OPTS_APPEND; -Xmx without the
     * image's -XX:MaxRAMPercentage (which -Xmx overrides), under the container's memory limit; the C library's
     * free memory handed back (TrimNativeHeapInterval); and no JAVA_OPTS, which would replace every option the
     * script computes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyJvmSelectsOneCollectorAndKeepsTheImagesOptions(String target) {
        List<ObjectNode> all = Manifests.render(target);
        for (String app : APPS) {
            JsonNode container = named(all, "Deployment", app).path("spec").path("template").path("spec").path("containers").get(0);
            Map<String, String> image = dockerfileEnv(app);
            Map<String, String> env = new HashMap<>(image);
            container.path("env").forEach(e -> env.put(e.path("name").asString(), e.path("value").asString("")));
            assertThat(env).as(app + ": JAVA_OPTS would replace the start script's options").doesNotContainKey("JAVA_OPTS");
            assertThat(selectedCollectors(env)).as(app + ": the collectors its JVM is told to use").containsExactly("Serial");
            String gc = env.getOrDefault("GC_CONTAINER_OPTIONS", "");
            for (String variable : List.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS_APPEND", "JDK_JAVA_OPTIONS")) {
                Matcher flag = GC_FLAG.matcher(env.getOrDefault(variable, ""));
                while (flag.find()) {
                    assertThat(gc).as(app + ": " + variable + " names " + flag.group() + ", so GC_CONTAINER_OPTIONS must")
                            .contains(flag.group());
                }
            }
            List<String> append = List.of(env.getOrDefault("JAVA_OPTS_APPEND", "").trim().split("\\s+"));
            for (String option : image.getOrDefault("JAVA_OPTS_APPEND", "").trim().split("\\s+")) {
                if (option.startsWith("-D")) {
                    assertThat(append).as(app + ": the Dockerfile's " + option).contains(option);
                }
            }
            // the native memory tuning the benchmark's resident sizes were measured with (LocalPlatform.memoryTuning)
            assertThat(append).as(app + ": the C library's free memory handed back")
                    .containsSubsequence("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
            List<String> xmx = append.stream().filter(o -> o.startsWith("-Xmx")).toList();
            assertThat(xmx).as(app + ": the heap's ceiling, set once").hasSize(1);
            assertThat(append).as(app + ": -Xmx overrides it").noneMatch(o -> o.startsWith("-XX:MaxRAMPercentage"));
            long limit = quantity(container.path("resources").path("limits").path("memory").asString());
            assertThat(javaSize(xmx.get(0).substring("-Xmx".length()))).as(app + ": the heap under the memory limit")
                    .isLessThan(limit);
        }
    }

    @Test
    void theCollectorRuleCatchesASecondCollector() {
        // the Deployments' options before: the script's default collector beside JAVA_TOOL_OPTIONS' own
        assertThat(selectedCollectors(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC -Xms64m -Xmx384m")))
                .containsExactly("Parallel", "Serial");
        assertThat(selectedCollectors(Map.of())).containsExactly("Parallel");
        assertThat(selectedCollectors(Map.of("GC_CONTAINER_OPTIONS", "", "JAVA_OPTS_APPEND", "-XX:+UseG1GC")))
                .containsExactly("G1", "Parallel");
        assertThat(selectedCollectors(Map.of("GC_CONTAINER_OPTIONS", "-XX:+UseSerialGC", "JAVA_OPTS_APPEND",
                "-XX:+UseSerialGC -XX:-UseG1GC -Xmx1g"))).containsExactly("Serial");
    }

    /** The ENV settings of an app's image (src/main/docker/Dockerfile.jvm), one per ENV line as written there. */
    static Map<String, String> dockerfileEnv(String app) {
        Map<String, String> env = new HashMap<>();
        Pattern line = Pattern.compile("^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)=(\"([^\"]*)\"|'([^']*)'|(\\S*))\\s*$");
        try {
            for (String l : Files.readAllLines(Manifests.repositoryRoot().resolve(app + "/src/main/docker/Dockerfile.jvm"))) {
                Matcher m = line.matcher(l.strip());
                if (m.matches()) {
                    env.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
                } else {
                    assertThat(l.strip()).as(app + ": an ENV line this test reads").doesNotStartWith("ENV");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(env).as(app + "'s Dockerfile.jvm").containsKey("JAVA_OPTS_APPEND");
        return env;
    }

    /** A Kubernetes memory quantity (Mi, Gi, M, G, or bytes) in bytes. */
    static long quantity(String q) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?").matcher(q);
        assertThat(m.matches()).as("a quantity: " + q).isTrue();
        long n = Long.parseLong(m.group(1));
        return n * switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "k" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            default -> 1L;
        };
    }

    /**
     * A size in the 1024-based form that the JVM (-Xmx384m), Quarkus' MemorySize (10M) and ingress-nginx
     * (proxy-body-size 11m) read alike: digits and an optional k, m or g, either case.
     */
    static long javaSize(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size);
        assertThat(m.matches()).as("a size: " + size).isTrue();
        return Long.parseLong(m.group(1)) << switch (m.group(2).toLowerCase()) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
    }

    /**
     * The ingress controller lets through every body the gateway accepts (ingress-nginx refuses over 1m by default,
     * with its own 413 page): its proxy-body-size a little above the gateway's yj.gateway.limits.max-body-size, so
     * the gateway answers an oversize body with its 413 problem; and the gateway accepts transfer-service's largest
     * document (yj.transfers.documents.max-bytes, sent as the raw body).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void theIngressLetsThroughEveryBodyTheGatewayAccepts(String target) throws IOException {
        List<ObjectNode> all = Manifests.render(target);
        long gateway = javaSize(setting(all, "gateway", "yj.gateway.limits.max-body-size", gatewayDefault("maxBodySize")));
        long documents = Long.parseLong(setting(all, "transfer-service", "yj.transfers.documents.max-bytes", null));
        String annotation = named(all, "Ingress", "gateway").path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size").asString("1m");
        long ingress = javaSize(annotation);
        assertThat(documents).as("transfer-service's largest document fits the gateway's limit").isLessThanOrEqualTo(gateway);
        assertThat(ingress).as("proxy-body-size " + annotation + ": above the gateway's " + gateway + " bytes, not unlimited")
                .isGreaterThan(gateway).isLessThanOrEqualTo(gateway + gateway / 4);
    }

    /** A setting of an app as deployed: its Deployment's variable, else its application.properties, else the default. */
    private static String setting(List<ObjectNode> all, String app, String key, String fallback) {
        JsonNode fromEnv = env(all, app).get(envName(key));
        if (fromEnv != null) {
            assertThat(fromEnv.has("value")).as(app + ": " + envName(key) + " a value").isTrue();
            return fromEnv.path("value").asString();
        }
        String value = Manifests.applicationProperties(app).getProperty(key, fallback);
        assertThat(value).as(app + ": " + key).isNotNull();
        return value;
    }

    /** The @WithDefault of a GatewayConfig method (the gateway's own default for a setting it does not set). */
    private static String gatewayDefault(String method) throws IOException {
        String source = Files.readString(Manifests.repositoryRoot().resolve(
                "gateway/src/main/java/org/youthjustice/gateway/GatewayConfig.java"));
        Matcher m = Pattern.compile("@WithDefault\\(\"([^\"]+)\"\\)\\s+\\w+\\s+" + method + "\\(\\)").matcher(source);
        assertThat(m.find()).as("GatewayConfig." + method + "'s default").isTrue();
        return m.group(1);
    }

    /**
     * PostgreSQL's backups (WAL archiving to object storage, a daily base backup) in production only: small and demo
     * would archive to a placeholder bucket, fail, and keep every WAL segment until their volume fills. Where there is
     * a backup, the ScheduledBackup targets the Cluster and the Cluster reads its credentials from yj-postgres-backup.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void postgresIsBackedUpInProductionOnly(String target) {
        List<ObjectNode> all = Manifests.render(target);
        JsonNode cluster = named(all, "Cluster", "yj-postgres").path("spec");
        List<ObjectNode> scheduled = ofKind(all, "ScheduledBackup").toList();
        if (!target.equals("overlays/production")) {
            assertThat(cluster.has("backup")).as(target + ": no backup configuration").isFalse();
            assertThat(scheduled).as(target + ": no ScheduledBackup").isEmpty();
            return;
        }
        JsonNode store = cluster.path("backup").path("barmanObjectStore");
        assertThat(store.path("destinationPath").asString()).startsWith("s3://");
        assertThat(store.path("endpointURL").asString()).startsWith("https://");
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            assertThat(store.path("s3Credentials").path(key).path("name").asString()).as(key).isEqualTo("yj-postgres-backup");
        }
        assertThat(store.path("wal").isObject()).as("WAL archiving").isTrue();
        assertThat(cluster.path("backup").path("retentionPolicy").asString()).isNotBlank();
        assertThat(scheduled).hasSize(1);
        JsonNode daily = scheduled.get(0).path("spec");
        assertThat(daily.path("cluster").path("name").asString()).isEqualTo("yj-postgres");
        assertThat(daily.path("method").asString()).isEqualTo("barmanObjectStore");
    }

    private static Map<String, JsonNode> env(List<ObjectNode> all, String app) {
        Map<String, JsonNode> env = new HashMap<>();
        named(all, "Deployment", app).path("spec").path("template").path("spec").path("containers").get(0).path("env")
                .forEach(e -> env.put(e.path("name").asString(), e));
        return env;
    }

    /**
     * Every KAFKA_* variable of a service becomes a Kafka client setting the way Quarkus reads them (the Kafka
     * extension's default-kafka-broker configuration, which the messaging connector and the outbox relay's producer
     * both use: lower case, the prefix dropped, '_' to '.'), so each must name a setting both the producer and the
     * consumer know; and every store it points at is a file of a mounted Secret.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyKafkaVariableIsAKafkaClientSettingAndEveryStoreIsMounted(String target) {
        List<ObjectNode> all = Manifests.render(target);
        Set<String> known = new TreeSet<>(ProducerConfig.configNames());
        known.retainAll(ConsumerConfig.configNames());
        for (String service : SERVICES) {
            JsonNode pod = named(all, "Deployment", service).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            Set<String> settings = new TreeSet<>();
            for (JsonNode e : container.path("env")) {
                String name = e.path("name").asString();
                if (!name.startsWith("KAFKA_")) {
                    continue;
                }
                String setting = name.toLowerCase().substring("kafka_".length()).replace('_', '.');
                settings.add(setting);
                assertThat(known).as(service + ": " + name + " is the Kafka client setting " + setting).contains(setting);
                if (setting.endsWith(".location")) {
                    String file = e.path("value").asString();
                    assertThat(mountedSecretFiles(pod, container)).as(service + ": " + name).contains(file);
                }
            }
            assertThat(settings).as(service).contains("security.protocol", "ssl.truststore.location",
                    "ssl.truststore.password", "ssl.keystore.location", "ssl.keystore.password");
        }
    }

    /** The paths of the files the container sees from Secret volumes (their items, mounted at their mount path). */
    private static Set<String> mountedSecretFiles(JsonNode pod, JsonNode container) {
        Map<String, JsonNode> volumes = new HashMap<>();
        pod.path("volumes").forEach(v -> volumes.put(v.path("name").asString(), v));
        Set<String> files = new TreeSet<>();
        for (JsonNode mount : container.path("volumeMounts")) {
            JsonNode secret = volumes.get(mount.path("name").asString()).path("secret");
            secret.path("items").forEach(i -> files.add(mount.path("mountPath").asString() + "/" + i.path("path").asString()));
        }
        return files;
    }

    static String envName(String key) {
        return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    /** Every topic the code names has a KafkaTopic, and no other; every consumer group its ACLs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void kafkaTopicsAndAclsFollowTheCode(String target) throws IOException {
        List<ObjectNode> all = Manifests.render(target);
        String topicsJava;
        try (var files = Files.walk(Manifests.repositoryRoot().resolve("platform/events/src/main/java"))) {
            topicsJava = Files.readString(files.filter(p -> p.getFileName().toString().equals("Topics.java")).findFirst()
                    .orElseThrow());
        }
        Set<String> named = new TreeSet<>();
        Matcher constants = Pattern.compile("\"(yj\\.[a-z-]+\\.v\\d+)\"").matcher(topicsJava);
        while (constants.find()) {
            named.add(constants.group(1));
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(OWN_TOPIC.values());

        Map<String, Set<String>> reads = new HashMap<>();
        Map<String, Set<String>> deadLetters = new HashMap<>();
        Map<String, Set<String>> groups = new HashMap<>();
        for (String service : SERVICES) {
            Properties p = Manifests.applicationProperties(service);
            for (String key : p.stringPropertyNames()) {
                Matcher m = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic").matcher(key);
                if (m.matches()) {
                    String channel = "mp.messaging.incoming." + m.group(1);
                    reads.computeIfAbsent(service, s -> new TreeSet<>()).add(p.getProperty(key));
                    groups.computeIfAbsent(service, s -> new TreeSet<>()).add(p.getProperty(channel + ".group.id"));
                    String dlq = p.getProperty(channel + ".dead-letter-queue.topic");
                    assertThat(dlq).as(service + " " + channel + " dead-letter topic").isNotNull();
                    deadLetters.computeIfAbsent(service, s -> new TreeSet<>()).add(dlq);
                    named.add(p.getProperty(key));
                    named.add(dlq);
                }
            }
        }
        Set<String> declared = ofKind(all, "KafkaTopic").map(t -> t.path("spec").path("topicName").asString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isEqualTo(named);
        ofKind(all, "KafkaTopic").forEach(t -> {
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asString()).isEqualTo("yj-kafka");
            assertThat(t.path("spec").path("partitions").asInt()).isEqualTo(3);
            assertThat(t.path("spec").path("config").path("retention.ms").asString()).isEqualTo("604800000");
        });

        for (String service : SERVICES) {
            JsonNode user = named(all, "KafkaUser", service).path("spec");
            assertThat(user.path("authentication").path("type").asString()).isEqualTo("tls");
            Map<String, Set<String>> byOperation = new HashMap<>();
            for (JsonNode acl : user.path("authorization").path("acls")) {
                // by name, except the outbox relay's transactional ids, which end in the pod's name
                assertThat(acl.path("resource").path("patternType").asString("literal"))
                        .isEqualTo(acl.path("resource").path("type").asString().equals("transactionalId") ? "prefix" : "literal");
                for (JsonNode op : acl.path("operations")) {
                    byOperation.computeIfAbsent(acl.path("resource").path("type").asString() + ":" + op.asString(),
                            k -> new TreeSet<>()).add(acl.path("resource").path("name").asString());
                }
            }
            Set<String> writes = new TreeSet<>(deadLetters.getOrDefault(service, Set.of()));
            if (OWN_TOPIC.containsKey(service)) {
                writes.add(OWN_TOPIC.get(service));
            } else {
                assertThat(recordsInItsOutbox(service)).as(service + " publishes no topic, so records no event").isEmpty();
            }
            assertThat(byOperation.get("topic:Write")).as(service + " writes its own topic and dead letters only")
                    .isEqualTo(writes);
            assertThat(byOperation.get("topic:Read")).as(service + " reads what it consumes").isEqualTo(reads.get(service));
            assertThat(byOperation.get("group:Read")).as(service + " consumer group").isEqualTo(groups.get(service));
            assertThat(groups.get(service)).containsExactly(service);
            Set<String> transactionalIds = OWN_TOPIC.containsKey(service) ? Set.of(service + "-outbox-") : null;
            assertThat(byOperation.get("transactionalId:Write")).as(service + " outbox relay's transactions").isEqualTo(transactionalIds);
            assertThat(byOperation.get("transactionalId:Describe")).as(service + " outbox relay's transactions").isEqualTo(transactionalIds);
            assertThat(byOperation.keySet()).isSubsetOf("topic:Write", "topic:Read", "topic:Describe", "group:Read",
                    "transactionalId:Write", "transactionalId:Describe");
        }
        assertThat(ofKind(all, "KafkaUser").map(Manifests::name).toList()).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    /** The source files of a service that use the kernel's Outbox (which publishes to the service's own topic). */
    private static List<String> recordsInItsOutbox(String service) throws IOException {
        Pattern outbox = Pattern.compile("\\bOutbox\\b|outbox\\.record\\(");
        try (var files = Files.walk(Manifests.repositoryRoot().resolve(service + "/src/main/java"))) {
            List<String> found = new ArrayList<>();
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (outbox.matcher(Files.readString(file)).find()) {
                    found.add(file.getFileName().toString());
                }
            }
            return found;
        }
    }

    private static boolean probe(JsonNode container, String probe, String path) {
        JsonNode get = container.path(probe).path("httpGet");
        return path.equals(get.path("path").asString(null)) && !get.path("port").isMissingNode();
    }

    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (!matchLabels.isObject() || matchLabels.isEmpty()) {
            return false;
        }
        for (var e : matchLabels.properties()) {
            if (!e.getValue().asString().equals(labels.path(e.getKey()).asString(null))) {
                return false;
            }
        }
        return true;
    }

    private static void check(List<String> problems, String where, String rule, boolean ok) {
        if (!ok) {
            problems.add(where + ": " + rule);
        }
    }
}
