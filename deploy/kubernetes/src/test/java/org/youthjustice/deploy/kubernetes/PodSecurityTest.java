package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pod Security admission in the namespace: "baseline" enforced, since the operators installed there (Strimzi, the
 * Keycloak Operator) and the pods they make do not meet "restricted" as installed; "restricted" warned and audited;
 * and the platform's own Deployments meeting "restricted" in full (the Pod Security Standards' checks of the pod
 * template, below), so that nothing of ours ever shows in those warnings.
 */
class PodSecurityTest {

    /** The volume types "restricted" allows. */
    private static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void theNamespaceEnforcesBaselineAndWarnsAndAuditsRestricted(String target) {
        JsonNode labels = Manifests.named(Manifests.render(target), "Namespace", Manifests.NAMESPACE).path("metadata")
                .path("labels");
        assertThat(labels.path("pod-security.kubernetes.io/enforce").asString()).isEqualTo("baseline");
        assertThat(labels.path("pod-security.kubernetes.io/warn").asString()).isEqualTo("restricted");
        assertThat(labels.path("pod-security.kubernetes.io/audit").asString()).isEqualTo("restricted");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void everyDeploymentMeetsRestricted(String target) {
        List<ObjectNode> all = Manifests.render(target);
        List<String> problems = new ArrayList<>();
        Manifests.ofKind(all, "Deployment").forEach(d -> problems.addAll(
                restrictedViolations(Manifests.name(d), d.path("spec").path("template").path("spec"))));
        assertThat(Manifests.ofKind(all, "Deployment").count()).isEqualTo(Manifests.APPS.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void theRestrictedChecksCatchWhatTheOperatorsPodsLack() {
        // a pod as the operators make theirs by default: no security context at all
        assertThat(restrictedViolations("operator-made", (ObjectNode) Kustomize.YAML.readTree("""
                containers: [{name: c, image: i}]
                """))).hasSize(4);
        assertThat(restrictedViolations("host", (ObjectNode) Kustomize.YAML.readTree("""
                hostNetwork: true
                securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: RuntimeDefault}}
                volumes: [{name: v, hostPath: {path: /var}}]
                containers:
                  - name: c
                    image: i
                    ports: [{containerPort: 80, hostPort: 80}]
                    securityContext:
                      privileged: true
                      allowPrivilegeEscalation: false
                      capabilities: {drop: [ALL], add: [NET_ADMIN]}
                """))).hasSize(6);
    }

    /**
     * What keeps a pod template from the "restricted" Pod Security Standard (with the baseline checks it includes):
     * host namespaces, ports and paths; privileged containers; volume types; privilege escalation; running as root;
     * the seccomp profile; capabilities (all dropped, none added but NET_BIND_SERVICE); proc mount; sysctls.
     */
    static List<String> restrictedViolations(String where, JsonNode pod) {
        List<String> problems = new ArrayList<>();
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean(false)) {
                problems.add(where + ": " + host);
            }
        }
        for (JsonNode v : pod.path("volumes")) {
            List<String> types = new ArrayList<>(v.propertyNames());
            types.remove("name");
            if (types.size() != 1 || !RESTRICTED_VOLUMES.contains(types.get(0))) {
                problems.add(where + ": volume " + v.path("name").asString() + " of type " + types);
            }
        }
        JsonNode podContext = pod.path("securityContext");
        if (!podContext.path("sysctls").isEmpty()) {
            problems.add(where + ": sysctls");
        }
        if (podContext.path("runAsUser").asInt(-1) == 0) {
            problems.add(where + ": the pod runs as user 0");
        }
        List<JsonNode> containers = new ArrayList<>();
        for (String kind : List.of("initContainers", "containers", "ephemeralContainers")) {
            pod.path(kind).forEach(containers::add);
        }
        for (JsonNode c : containers) {
            String container = where + "/" + c.path("name").asString();
            JsonNode sc = c.path("securityContext");
            if (sc.path("privileged").asBoolean(false)) {
                problems.add(container + ": privileged");
            }
            for (JsonNode port : c.path("ports")) {
                if (port.path("hostPort").asInt(0) != 0) {
                    problems.add(container + ": hostPort " + port.path("hostPort").asInt());
                }
            }
            if (!(sc.path("allowPrivilegeEscalation").isBoolean() && !sc.path("allowPrivilegeEscalation").asBoolean())) {
                problems.add(container + ": allowPrivilegeEscalation not false");
            }
            boolean nonRoot = sc.has("runAsNonRoot") ? sc.path("runAsNonRoot").asBoolean(false)
                    : podContext.path("runAsNonRoot").asBoolean(false);
            if (!nonRoot) {
                problems.add(container + ": runAsNonRoot not true");
            }
            if (sc.path("runAsUser").asInt(-1) == 0) {
                problems.add(container + ": runs as user 0");
            }
            String seccomp = sc.path("seccompProfile").path("type")
                    .asString(podContext.path("seccompProfile").path("type").asString(""));
            if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
                problems.add(container + ": seccompProfile " + (seccomp.isEmpty() ? "unset" : seccomp));
            }
            JsonNode capabilities = sc.path("capabilities");
            if (!capabilities.path("drop").toString().contains("\"ALL\"")) {
                problems.add(container + ": capabilities not dropped (ALL)");
            }
            for (JsonNode added : capabilities.path("add")) {
                if (!added.asString().equals("NET_BIND_SERVICE")) {
                    problems.add(container + ": capability " + added.asString() + " added");
                }
            }
            if (!sc.path("procMount").asString("Default").equals("Default")) {
                problems.add(container + ": procMount " + sc.path("procMount").asString());
            }
        }
        return problems;
    }
}
