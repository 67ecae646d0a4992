package org.youthjustice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real Keycloak server (the distribution the build unpacked to {@code yj.keycloak.home}) with the
 * platform's realm ({@code yj.realm.file}) imported, on a free loopback port, in an in-memory
 * database so every run starts from the realm file. The module's build must unpack
 * {@code org.keycloak:keycloak-quarkus-dist:zip} (see the kernel's pom).
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private Process process;
    private String baseUrl;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(required("yj.keycloak.home"));
        Path realm = Path.of(required("yj.realm.file"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak at " + home + ": the module's build must unpack keycloak-quarkus-dist");
        }
        int port = Ports.free();
        baseUrl = "http://127.0.0.1:" + port;
        Path log = home.resolveSibling("keycloak-" + port + ".log");
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + Ports.free(),
                    "--db=dev-mem", "--import-realm", "--cache=local"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "test-admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
            process = builder.start();
            awaitRealm(log);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Keycloak did not start; see " + log, e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return Map.of("quarkus.oidc.auth-server-url", baseUrl + "/realms/" + Keycloak.REALM);
    }

    private void awaitRealm(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI wellKnown = URI.create(baseUrl + "/realms/" + Keycloak.REALM + "/.well-known/openid-configuration");
        long begun = System.nanoTime();
        while (System.nanoTime() - begun < START_TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(wellKnown).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                // polling interval of a readiness probe, not a wait for a fixed time
                process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak's realm was not ready within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new Keycloak(baseUrl),
                new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, Keycloak.class));
    }

    @Override
    public void stop() {
        Processes.stopTree(process, Duration.ofSeconds(20));
        process = null;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the root pom sets it for surefire)");
        }
        return value;
    }
}
