package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes, from the NetworkPolicies as Kubernetes evaluates them, which pod can open a connection to which port of
 * which pod, and compares every path into or out of the youth-justice namespace with the intended ones. A connection
 * is open when the source's egress and the destination's ingress both allow it, protocol and port included; a pod
 * that no policy of a direction selects is open in that direction (only pods in the youth-justice namespace are
 * governed by these policies). The egress of Kafka, PostgreSQL and the operators installed in the namespace is open
 * by design (the Kubernetes API and the backup object store have no pod to select: network-policies.yaml), so their
 * paths out of the namespace are not listed.
 * Strimzi generates policies of its own for the brokers (replication, its entity and cluster operators), which add to
 * these and are not modelled: only the services' way into Kafka is.
 */
class NetworkPolicyTest {

    record Pod(String name, String namespace, Map<String, String> labels, List<String> ports) {
        boolean inNamespace() {
            return namespace.equals(Manifests.NAMESPACE);
        }
    }

    static final List<Pod> PODS = new ArrayList<>();

    static {
        for (String app : Manifests.APPS) {
            PODS.add(new Pod(app, Manifests.NAMESPACE, Map.of("app.kubernetes.io/name", app,
                    "app.kubernetes.io/part-of", "youth-justice",
                    "app.kubernetes.io/component", Manifests.SERVICES.contains(app) ? "service" : app), List.of("8080/TCP")));
        }
        // the labels and ports the operators give their pods
        PODS.add(new Pod("kafka", Manifests.NAMESPACE, Map.of("strimzi.io/cluster", "yj-kafka", "strimzi.io/kind", "Kafka",
                "strimzi.io/name", "yj-kafka-kafka", "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true"),
                List.of("9090/TCP", "9091/TCP", "9093/TCP")));
        PODS.add(new Pod("kafka-entity-operator", Manifests.NAMESPACE, Map.of("strimzi.io/cluster", "yj-kafka",
                "strimzi.io/kind", "Kafka", "strimzi.io/name", "yj-kafka-entity-operator"), List.of("8080/TCP")));
        PODS.add(new Pod("postgres", Manifests.NAMESPACE, Map.of("cnpg.io/cluster", "yj-postgres", "cnpg.io/podRole", "instance"),
                List.of("5432/TCP", "8000/TCP", "9187/TCP")));
        PODS.add(new Pod("keycloak", Manifests.NAMESPACE, Map.of("app", "keycloak", "app.kubernetes.io/instance", "yj-keycloak",
                "app.kubernetes.io/managed-by", "keycloak-operator"), List.of("8080/TCP", "9000/TCP", "7800/TCP", "57800/TCP")));
        // the realm import's Job (KeycloakRealmImport): Keycloak's pod template, with app relabelled so that no
        // app: keycloak selector takes it for a server (KeycloakRealmImportJobDependentResource); it listens on nothing
        // but its container keeps Keycloak's ports
        PODS.add(new Pod("keycloak-realm-import", Manifests.NAMESPACE, Map.of("app", "keycloak-realm-import",
                "app.kubernetes.io/instance", "yj-keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"),
                List.of("8080/TCP", "9000/TCP", "7800/TCP", "57800/TCP")));
        PODS.add(new Pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"),
                List.of("80/TCP", "443/TCP")));
        PODS.add(new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), List.of("9090/TCP")));
        PODS.add(new Pod("dns", "kube-system", Map.of("k8s-app", "kube-dns"), List.of("53/UDP", "53/TCP")));
        PODS.add(new Pod("strimzi-operator", Manifests.NAMESPACE, Map.of("name", "strimzi-cluster-operator",
                "strimzi.io/kind", "cluster-operator"), List.of("8080/TCP")));
        PODS.add(new Pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), List.of("9443/TCP")));
        PODS.add(new Pod("keycloak-operator", Manifests.NAMESPACE, Map.of("app.kubernetes.io/name", "keycloak-operator",
                "app.kubernetes.io/managed-by", "quarkus"), List.of("8080/TCP")));
        PODS.add(new Pod("other-tenant", "elsewhere", Map.of("app.kubernetes.io/name", "gateway"), List.of("8080/TCP")));
    }

    /** Every open path into or out of the namespace ("from -> to:port/protocol"), and nothing else. */
    static final Set<String> EXPECTED = new TreeSet<>();

    static {
        EXPECTED.add("ingress-controller -> gateway:8080/TCP");
        EXPECTED.add("ingress-controller -> keycloak:8080/TCP");
        for (String app : Manifests.APPS) {
            EXPECTED.add("prometheus -> " + app + ":8080/TCP");
            EXPECTED.add(app + " -> dns:53/UDP");
            EXPECTED.add(app + " -> dns:53/TCP");
            EXPECTED.add(app + " -> keycloak:8080/TCP");
        }
        for (String service : Manifests.SERVICES) {
            EXPECTED.add("gateway -> " + service + ":8080/TCP");
            EXPECTED.add(service + " -> kafka:9093/TCP");
            EXPECTED.add(service + " -> postgres:5432/TCP");
        }
        EXPECTED.add("compliance-service -> order-service:8080/TCP");
        // the console: every path outside /api and /q comes from the gateway; its API calls go back through the gateway
        EXPECTED.add("gateway -> console:8080/TCP");
        EXPECTED.add("console -> gateway:8080/TCP");
        // PostgreSQL: its instances replicate and report to each other and to the operator; Keycloak's database
        EXPECTED.add("postgres -> postgres:5432/TCP");
        EXPECTED.add("postgres -> postgres:8000/TCP");
        EXPECTED.add("cnpg-operator -> postgres:8000/TCP");
        EXPECTED.add("keycloak -> postgres:5432/TCP");
        // Keycloak: its instances' distributed cache, the operator on the management port, DNS
        EXPECTED.add("keycloak -> keycloak:7800/TCP");
        EXPECTED.add("keycloak -> keycloak:57800/TCP");
        EXPECTED.add("keycloak-operator -> keycloak:9000/TCP");
        EXPECTED.add("keycloak -> dns:53/UDP");
        EXPECTED.add("keycloak -> dns:53/TCP");
        // the realm import writes the realm into Keycloak's database (a local cache: no instance to join)
        EXPECTED.add("keycloak-realm-import -> postgres:5432/TCP");
        EXPECTED.add("keycloak-realm-import -> dns:53/UDP");
        EXPECTED.add("keycloak-realm-import -> dns:53/TCP");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void onlyTheIntendedPathsAreOpen(String target) {
        List<ObjectNode> policies = Manifests.ofKind(Manifests.render(target), "NetworkPolicy").toList();
        assertThat(policies).anySatisfy(p -> {
            assertThat(p.path("spec").path("podSelector").isEmpty()).isTrue();
            assertThat(p.path("spec").path("policyTypes").toString()).contains("Ingress").contains("Egress");
            assertThat(p.path("spec").has("ingress") || p.path("spec").has("egress")).isFalse();
        });
        assertThat(open(policies)).isEqualTo(EXPECTED);
    }

    /**
     * The console is reached through the gateway only, and reaches only the gateway (the API, with the user's token)
     * and Keycloak (the sign-in's token endpoint and keys): no service, database or Kafka directly.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void theConsoleIsBehindTheGatewayAndReachesOnlyTheGatewayAndKeycloak(String target) {
        List<ObjectNode> policies = Manifests.ofKind(Manifests.render(target), "NetworkPolicy").toList();
        Pod console = pod("console");
        assertThat(allowed(policies, pod("gateway"), console, "8080/TCP")).as("gateway -> console").isTrue();
        assertThat(allowed(policies, console, pod("gateway"), "8080/TCP")).as("console -> gateway").isTrue();
        assertThat(allowed(policies, console, pod("keycloak"), "8080/TCP")).as("console -> keycloak").isTrue();
        assertThat(allowed(policies, console, pod("keycloak"), "9000/TCP")).as("console -> keycloak management").isFalse();
        for (Pod other : PODS) {
            if (!other.name().equals("gateway") && !other.name().equals("prometheus")) {
                assertThat(allowed(policies, other, console, "8080/TCP")).as(other.name() + " -> console").isFalse();
            }
            // the services, PostgreSQL, Kafka, the operators, anything outside the namespace: closed on every port
            if (!other.name().equals("gateway") && !other.name().equals("keycloak") && !other.name().equals("dns")) {
                for (String port : other.ports()) {
                    assertThat(allowed(policies, console, other, port)).as("console -> " + other.name() + ":" + port).isFalse();
                }
            }
        }
    }

    /**
     * The operators generate NetworkPolicies of their own, which add to these: Keycloak's (on by default) admits any
     * source, so it is off; Strimzi's admits on each listener only the peers the listener names.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void theOperatorsOwnPoliciesOpenNothingMore(String target) {
        List<ObjectNode> all = Manifests.render(target);
        JsonNode keycloak = Manifests.named(all, "Keycloak", "yj-keycloak").path("spec");
        assertThat(keycloak.path("networkPolicy").path("enabled").isBoolean()
                && !keycloak.path("networkPolicy").path("enabled").asBoolean()).as("Keycloak's own policy is off").isTrue();
        for (JsonNode listener : Manifests.named(all, "Kafka", "yj-kafka").path("spec").path("kafka").path("listeners")) {
            assertThat(listener.path("networkPolicyPeers").toString()).as(listener.path("name").asString())
                    .isEqualTo("[{\"podSelector\":{\"matchLabels\":{\"app.kubernetes.io/part-of\":\"youth-justice\","
                            + "\"app.kubernetes.io/component\":\"service\"}}}]");
        }
    }

    @Test
    void theEvaluatorSeesDeniedPathsAndPorts() {
        List<ObjectNode> policies = Manifests.ofKind(Manifests.render("base"), "NetworkPolicy").toList();
        assertThat(allowed(policies, pod("order-service"), pod("victim-service"), "8080/TCP")).isFalse();
        assertThat(allowed(policies, pod("compliance-service"), pod("order-service"), "8080/TCP")).isTrue();
        assertThat(allowed(policies, pod("order-service"), pod("compliance-service"), "8080/TCP")).isFalse();
        assertThat(allowed(policies, pod("order-service"), pod("keycloak"), "8080/TCP")).isTrue();
        assertThat(allowed(policies, pod("order-service"), pod("keycloak"), "9000/TCP")).as("management port").isFalse();
        assertThat(allowed(policies, pod("order-service"), pod("postgres"), "8000/TCP")).as("instance manager").isFalse();
        assertThat(allowed(policies, pod("gateway"), pod("dns"), "53/UDP")).isTrue();
        assertThat(allowed(policies, pod("gateway"), pod("dns"), "54/UDP")).isFalse();
        assertThat(allowed(List.of(), pod("order-service"), pod("victim-service"), "8080/TCP")).as("no policy, all open")
                .isTrue();
    }

    /** Every path into or out of the namespace that the policies leave open. */
    static Set<String> open(List<ObjectNode> policies) {
        Set<String> open = new TreeSet<>();
        for (Pod from : PODS) {
            for (Pod to : PODS) {
                boolean governed = from.inNamespace() || to.inNamespace();
                boolean openEgressByDesign = !to.inNamespace() && OPEN_EGRESS.contains(from.name());
                for (String port : to.ports()) {
                    if (governed && !openEgressByDesign && allowed(policies, from, to, port)) {
                        open.add(from.name() + " -> " + to.name() + ":" + port);
                    }
                }
            }
        }
        return open;
    }

    /** Pods whose egress is open by design: they call the Kubernetes API (and PostgreSQL the object store). */
    static final Set<String> OPEN_EGRESS = Set.of("kafka", "kafka-entity-operator", "postgres", "strimzi-operator",
            "keycloak-operator");

    static Pod pod(String name) {
        return PODS.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    static boolean allowed(List<ObjectNode> policies, Pod from, Pod to, String port) {
        return direction(policies, "Egress", "egress", "to", from, to, port)
                && direction(policies, "Ingress", "ingress", "from", to, from, port);
    }

    /** Whether the policies selecting {@code subject} for this direction let it talk to {@code peer} on the port. */
    private static boolean direction(List<ObjectNode> policies, String type, String rulesField, String peersField,
            Pod subject, Pod peer, String port) {
        if (!subject.inNamespace()) {
            return true;
        }
        boolean selected = false;
        for (ObjectNode p : policies) {
            JsonNode spec = p.path("spec");
            if (!matches(spec.path("podSelector"), subject.labels()) || !types(spec).contains(type)) {
                continue;
            }
            selected = true;
            for (JsonNode rule : spec.path(rulesField)) {
                if (!portMatches(rule, port)) {
                    continue;
                }
                if (!rule.has(peersField)) {
                    return true;
                }
                for (JsonNode peerSelector : rule.path(peersField)) {
                    if (peerMatches(peerSelector, peer)) {
                        return true;
                    }
                }
            }
        }
        return !selected;
    }

    /** A rule without ports allows every port; numbered ports only (a named one is refused, not guessed). */
    private static boolean portMatches(JsonNode rule, String port) {
        if (!rule.has("ports")) {
            return true;
        }
        for (JsonNode p : rule.path("ports")) {
            if (!p.path("port").isNumber() || p.has("endPort")) {
                throw new UnsupportedOperationException("only numbered single ports are evaluated by this test: " + p);
            }
            if (port.equals(p.path("port").asInt() + "/" + p.path("protocol").asString("TCP"))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> types(JsonNode spec) {
        Set<String> types = new TreeSet<>();
        spec.path("policyTypes").forEach(t -> types.add(t.asString()));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (spec.has("egress")) {
                types.add("Egress");
            }
        }
        return types;
    }

    private static boolean peerMatches(JsonNode peer, Pod pod) {
        if (peer.has("ipBlock")) {
            return false;
        }
        boolean namespaceOk = peer.has("namespaceSelector")
                ? matches(peer.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", pod.namespace()))
                : pod.namespace().equals(Manifests.NAMESPACE);
        boolean podOk = !peer.has("podSelector") || matches(peer.path("podSelector"), pod.labels());
        return namespaceOk && podOk;
    }

    /** A label selector: matchLabels only (matchExpressions are refused, so none slips by unevaluated). */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector.has("matchExpressions")) {
            throw new UnsupportedOperationException("matchExpressions are not evaluated by this test");
        }
        for (var e : selector.path("matchLabels").properties()) {
            if (!e.getValue().asString().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
