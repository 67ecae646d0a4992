package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm imported by the Keycloak Operator is deploy/keycloak/youth-justice-realm.json without its demo users,
 * its client secrets and the end-to-end tests' client; the demo overlay puts the demo users and secrets back.
 */
class RealmImportTest {

    static final String E2E_CLIENT = "youth-justice-e2e";

    static ObjectNode sourceRealm() throws IOException {
        return (ObjectNode) JsonMapper.builder().build().readTree(
                Files.readString(Manifests.repositoryRoot().resolve("deploy/keycloak/youth-justice-realm.json")));
    }

    static JsonNode realmIn(String target) {
        return Manifests.named(Manifests.render(target), "KeycloakRealmImport", "youth-justice").path("spec").path("realm");
    }

    @Test
    void productionRealmIsTheSourceWithoutDemoUsersAndSecrets() throws IOException {
        ObjectNode expected = sourceRealm();
        ArrayNode clients = expected.arrayNode();
        for (JsonNode c : expected.path("clients")) {
            if (!c.path("clientId").asString().equals(E2E_CLIENT)) {
                ObjectNode copy = (ObjectNode) c.deepCopy();
                copy.remove("secret");
                clients.add(copy);
            }
        }
        expected.set("clients", clients);
        ArrayNode users = expected.arrayNode();
        for (JsonNode u : expected.path("users")) {
            if (u.has("serviceAccountClientId")) {
                users.add(u.deepCopy());
            }
        }
        expected.set("users", users);
        for (String target : List.of("base", "overlays/small", "overlays/production")) {
            JsonNode realm = realmIn(target);
            assertThat(realm).as(target).isEqualTo(expected);
            assertThat(realm.path("roles")).isEqualTo(sourceRealm().path("roles"));
            List<String> leaks = new ArrayList<>();
            findSecrets(realm, "realm", leaks);
            assertThat(leaks).as(target + ": no secret, credential or password in the production realm").isEmpty();
        }
        assertThat(Manifests.named(Manifests.render("base"), "KeycloakRealmImport", "youth-justice")
                .path("spec").path("keycloakCRName").asString()).isEqualTo(Manifests.name(
                        Manifests.named(Manifests.render("base"), "Keycloak", "yj-keycloak")));
    }

    @Test
    void demoOverlayHasTheDemoUsersAndSecrets() throws IOException {
        JsonNode realm = realmIn("overlays/demo");
        ObjectNode source = sourceRealm();
        assertThat(realm.path("users")).isEqualTo(source.path("users"));
        assertThat(realm.path("clients")).isEqualTo(source.path("clients"));
        assertThat(realm.path("roles")).isEqualTo(source.path("roles"));
        assertThat(Files.readString(Manifests.moduleDir().resolve("overlays/demo/realm-demo-users.yaml")))
                .startsWith("# DEMO ONLY");
    }

    private static void findSecrets(JsonNode node, String where, List<String> out) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                String key = e.getKey().toLowerCase();
                if (key.equals("secret") || key.equals("credentials") || key.equals("password")) {
                    out.add(where + "." + e.getKey());
                }
                findSecrets(e.getValue(), where + "." + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findSecrets(node.get(i), where + "[" + i + "]", out);
            }
        }
    }
}
