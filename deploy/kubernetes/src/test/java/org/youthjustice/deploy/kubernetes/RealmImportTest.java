package org.youthjustice.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm imported by the Keycloak Operator is generated from deploy/keycloak/youth-justice-realm.json
 * ({@link RealmImports}): without users, client secrets and demo-only clients in production; the demo overlay puts
 * the demo users, clients and secrets back. In both, the browser client's redirects are the public host's.
 */
class RealmImportTest {

    static ObjectNode sourceRealm() throws IOException {
        return RealmImports.source(Manifests.repositoryRoot());
    }

    static List<String> hosts() {
        return RealmImports.publicHosts(Manifests.moduleDir());
    }

    static JsonNode realmIn(String target) {
        return Manifests.named(Manifests.render(target), "KeycloakRealmImport", "youth-justice").path("spec").path("realm");
    }

    @Test
    void theCheckedInRealmImportsAreWhatTheGeneratorMakesOfTheRealmFile() throws IOException {
        ObjectNode source = sourceRealm();
        Map<Path, String> generated = Map.of(RealmImports.PRODUCTION, RealmImports.production(source, hosts()),
                RealmImports.DEMO, RealmImports.demo(source, hosts()));
        for (var file : generated.entrySet()) {
            Path path = Manifests.moduleDir().resolve(file.getKey());
            if (Boolean.getBoolean("yj.realm.regenerate")) {
                Files.writeString(path, file.getValue());
            }
            assertThat(Files.readString(path)).as(file.getKey() + " is out of date: run mvn -pl deploy/kubernetes test "
                    + "-Dtest=RealmImportTest -Dyj.realm.regenerate=true").isEqualTo(file.getValue());
        }
    }

    @Test
    void productionRealmHasTheSourcesSettingsAndRolesButNoUserNoSecretAndNoDemoClient() throws IOException {
        ObjectNode source = sourceRealm();
        for (String target : List.of("base", "overlays/small", "overlays/production")) {
            JsonNode realm = realmIn(target);
            assertThat(realm).as(target).isEqualTo(RealmImports.productionRealm(source, hosts()));
            assertThat(realm.path("roles")).isEqualTo(source.path("roles"));
            assertThat(realm.path("components")).as("user profile").isEqualTo(source.path("components"));
            assertThat(realm.path("accessTokenLifespan")).isEqualTo(source.path("accessTokenLifespan"));
            assertThat(realm.has("users")).isFalse();
            assertThat(realm.path("clients").valueStream().map(c -> c.path("clientId").asString()))
                    .containsExactly("youth-justice-gateway");
            assertThat(realm.path("displayName").asString()).doesNotContainIgnoringCase("demo");
            List<String> leaks = new ArrayList<>();
            findSecrets(realm, "realm", leaks);
            assertThat(leaks).as(target + ": no secret, credential or password in the production realm").isEmpty();
        }
        assertThat(Manifests.named(Manifests.render("base"), "KeycloakRealmImport", "youth-justice")
                .path("spec").path("keycloakCRName").asString()).isEqualTo(Manifests.name(
                        Manifests.named(Manifests.render("base"), "Keycloak", "yj-keycloak")));
    }

    @Test
    void demoOverlayHasTheDemoUsersClientsAndSecrets() throws IOException {
        JsonNode realm = realmIn("overlays/demo");
        ObjectNode source = sourceRealm();
        assertThat(realm.path("users")).isEqualTo(source.path("users"));
        assertThat(realm.path("clients")).isEqualTo(RealmImports.demoClients(source, hosts()));
        assertThat(withoutRedirects(realm.path("clients"))).as("the source's clients, but for the browser client's redirects")
                .isEqualTo(withoutRedirects(source.path("clients")));
        assertThat(realm.path("roles")).isEqualTo(source.path("roles"));
        assertThat(realm.path("displayName")).isEqualTo(source.path("displayName"));
        assertThat(Files.readString(Manifests.moduleDir().resolve(RealmImports.DEMO))).startsWith("# DEMO ONLY");
    }

    /**
     * The browser client the console signs users in with is sent back to the platform's public address only: the
     * host of the gateway's Ingress as rendered, over HTTPS. Never the local platform's http://127.0.0.1:8080, which
     * no cluster is reached at, and never plain HTTP (the authorisation code would cross the network in clear).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.youthjustice.deploy.kubernetes.Manifests#targets")
    void theBrowserClientRedirectsToThePublicHostOnly(String target) {
        List<String> hosts = new ArrayList<>();
        Manifests.named(Manifests.render(target), "Ingress", "gateway").path("spec").path("rules")
                .forEach(r -> hosts.add(r.path("host").asString()));
        List<String> expected = hosts.stream().map(h -> "https://" + h + "/*").toList();
        JsonNode client = realmIn(target).path("clients").valueStream()
                .filter(c -> c.path("clientId").asString().equals(RealmImports.BROWSER_CLIENT)).findFirst().orElseThrow();
        assertThat(client.path("redirectUris").valueStream().map(JsonNode::asString).toList()).as(target)
                .isEqualTo(expected);
        assertThat(client.path("attributes").path("post.logout.redirect.uris").asString().split("##")).as(target)
                .containsExactlyElementsOf(expected);
        assertThat(client.path("webOrigins").toString()).as("the redirects' origins only").isEqualTo("[\"+\"]");
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("publicClient").asBoolean()).as("confidential: the console holds its secret").isFalse();
        assertThat(client.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
    }

    /** The clients with the browser client's redirects left out. */
    private static JsonNode withoutRedirects(JsonNode clients) {
        JsonNode copy = clients.deepCopy();
        for (JsonNode c : copy) {
            if (c.path("clientId").asString().equals(RealmImports.BROWSER_CLIENT)) {
                ((ObjectNode) c).remove("redirectUris");
                ((ObjectNode) c.path("attributes")).remove("post.logout.redirect.uris");
            }
        }
        return copy;
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
