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
 * Computes, from the NetworkPolicies as Kubernetes evaluates them, which pods can open a connection to which,
 * and compares the paths that touch the gateway or a service with the intended ones. A connection is open when
 * the source's egress and the destination's ingress both allow it; a pod that no policy of a direction selects
 * is open in that direction (only pods in the youth-justice namespace are governed by these policies).
 */
class NetworkPolicyTest {

    record Pod(String name, String namespace, Map<String, String> labels) {
    }

    static final List<Pod> PODS = new ArrayList<>();

    static {
        for (String app : Manifests.APPS) {
            PODS.add(new Pod(app, Manifests.NAMESPACE, Map.of("app.kubernetes.io/name", app,
                    "app.kubernetes.io/part-of", "youth-justice",
                    "app.kubernetes.io/component", app.equals("gateway") ? "gateway" : "service")));
        }
        // labels the operators put on their pods
        PODS.add(new Pod("kafka", Manifests.NAMESPACE, Map.of("strimzi.io/cluster", "yj-kafka", "strimzi.io/kind", "Kafka",
                "strimzi.io/name", "yj-kafka-kafka", "strimzi.io/broker-role", "true")));
        PODS.add(new Pod("kafka-entity-operator", Manifests.NAMESPACE, Map.of("strimzi.io/cluster", "yj-kafka",
                "strimzi.io/kind", "Kafka", "strimzi.io/name", "yj-kafka-entity-operator")));
        PODS.add(new Pod("postgres", Manifests.NAMESPACE, Map.of("cnpg.io/cluster", "yj-postgres", "cnpg.io/podRole", "instance")));
        PODS.add(new Pod("keycloak", Manifests.NAMESPACE, Map.of("app", "keycloak", "app.kubernetes.io/instance", "yj-keycloak",
                "app.kubernetes.io/managed-by", "keycloak-operator")));
        PODS.add(new Pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")));
        PODS.add(new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        PODS.add(new Pod("dns", "kube-system", Map.of("k8s-app", "kube-dns")));
        PODS.add(new Pod("other-tenant", "elsewhere", Map.of("app.kubernetes.io/name", "gateway")));
    }

    /** Every open path from or to the gateway or a service, and nothing else. */
    static final Set<String> EXPECTED = new TreeSet<>();

    static {
        EXPECTED.add("ingress-controller -> gateway");
        for (String app : Manifests.APPS) {
            EXPECTED.add("prometheus -> " + app);
            EXPECTED.add(app + " -> dns");
            EXPECTED.add(app + " -> keycloak");
        }
        for (String service : Manifests.SERVICES) {
            EXPECTED.add("gateway -> " + service);
            EXPECTED.add(service + " -> kafka");
            EXPECTED.add(service + " -> postgres");
        }
        EXPECTED.add("compliance-service -> order-service");
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
        Set<String> open = new TreeSet<>();
        for (Pod from : PODS) {
            for (Pod to : PODS) {
                boolean touchesApp = Manifests.APPS.contains(from.name()) && from.namespace().equals(Manifests.NAMESPACE)
                        || Manifests.APPS.contains(to.name()) && to.namespace().equals(Manifests.NAMESPACE);
                if (from != to && touchesApp && allowed(policies, from, to)) {
                    open.add(from.name() + " -> " + to.name());
                }
            }
        }
        assertThat(open).isEqualTo(EXPECTED);
    }

    @Test
    void theEvaluatorSeesADeniedPath() {
        List<ObjectNode> policies = Manifests.ofKind(Manifests.render("base"), "NetworkPolicy").toList();
        Pod victim = PODS.stream().filter(p -> p.name().equals("victim-service")).findFirst().orElseThrow();
        Pod order = PODS.stream().filter(p -> p.name().equals("order-service")).findFirst().orElseThrow();
        Pod compliance = PODS.stream().filter(p -> p.name().equals("compliance-service")).findFirst().orElseThrow();
        assertThat(allowed(policies, order, victim)).isFalse();
        assertThat(allowed(policies, compliance, order)).isTrue();
        assertThat(allowed(policies, order, compliance)).isFalse();
        assertThat(allowed(List.of(), order, victim)).as("no policy, all open").isTrue();
    }

    static boolean allowed(List<ObjectNode> policies, Pod from, Pod to) {
        return direction(policies, from, to, "Egress", "egress", "to", from, to)
                && direction(policies, from, to, "Ingress", "ingress", "from", to, from);
    }

    /** Whether the policies selecting {@code subject} for this direction let it talk to {@code peer}. */
    private static boolean direction(List<ObjectNode> policies, Pod from, Pod to, String type, String rulesField,
            String peersField, Pod subject, Pod peer) {
        if (!subject.namespace().equals(Manifests.NAMESPACE)) {
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
