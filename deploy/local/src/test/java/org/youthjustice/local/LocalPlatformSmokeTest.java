package org.youthjustice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's one command, proven: start the whole platform, get a real token for a demo user from
 * Keycloak, call an API through the gateway, stop, and check that no process is left; then start
 * again and find the data kept, the realm not imported twice, and victim-service's generated personal-data
 * key the same, so that a victim's details sealed before the restart open after it.
 */
class LocalPlatformSmokeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsServesThroughTheGatewayStopsCleanlyAndKeepsItsDataAcrossRestarts() throws Exception {
        Path root = Path.of(System.getProperty("yj.repository.root"));
        Path data = root.resolve("deploy/local/target/smoke-" + UUID.randomUUID());
        Settings settings = Settings.onFreePorts(root, data);
        LocalPlatform platform = new LocalPlatform(settings);

        try {
            platform.start();
            assertThat(platform.status()).isTrue();

            String token = passwordToken(settings, "wokingham-case-worker");
            HttpResponse<String> me = get(settings.gatewayUrl() + "/api/orders/me", token);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).path("authority").asText()).isEqualTo("wokingham");
            assertThat(get(settings.gatewayUrl() + "/api/orders/me", null).statusCode()).isEqualTo(401);

            // one demo user logged in eight times at once, as the suites' threads do: every login gets its token
            // (Keycloak's brute-force check would otherwise refuse the overlapping ones)
            ExecutorService logins = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> tokens = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    tokens.add(logins.submit(() -> passwordToken(settings, "wokingham-team-manager")));
                }
                for (Future<String> each : tokens) {
                    assertThat(each.get()).isNotBlank();
                }
            } finally {
                logins.shutdownNow();
            }

            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("order_service"), "postgres", "local-only");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table smoke_marker (id text primary key)");
                statement.execute("insert into smoke_marker values ('kept')");
            }

            // victim-service's personal-data key: generated on the first start, owner-only, on no process's command line
            Path keyFile = settings.victimServiceKeyFile();
            String key = Files.readString(keyFile);
            String keyValue = key.lines().filter(line -> line.startsWith("yj.victims.personal-data.keys.")).findFirst()
                    .orElseThrow().replaceFirst("^[^=]*=", "");
            assertThat(Base64.getDecoder().decode(keyValue)).hasSize(32);
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent()))).isEqualTo("rwx------");
            }
            for (long pid : platform.recordedPids()) {
                ProcessHandle.of(pid).flatMap(process -> process.info().commandLine()).ifPresent(commandLine -> {
                    assertThat(commandLine).doesNotContain(keyValue);
                    assertThat(commandLine.contains(keyFile.toUri().toString())).isEqualTo(commandLine.contains("victim-service"));
                });
            }
            // the console, through the gateway: a browser is sent to Keycloak to sign in, and Keycloak accepts the way
            // back to the gateway's own address (the realm's redirect addresses follow the gateway's port)
            HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(console.statusCode()).isEqualTo(302);
            String signIn = console.headers().firstValue("Location").orElseThrow();
            assertThat(signIn).startsWith(settings.keycloakUrl() + "/realms/youth-justice/protocol/openid-connect/auth")
                    .contains("redirect_uri=" + URLEncoder.encode(settings.gatewayUrl() + "/", StandardCharsets.UTF_8))
                    .contains("code_challenge_method=S256");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(signIn)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("Keycloak's sign-in page for the console's redirect").isEqualTo(200);
            // its session secret: generated on the first start, owner-only, on no command line, kept across restarts
            Path consoleSecrets = data.resolve("console/console-secrets.properties");
            String secrets = Files.readString(consoleSecrets);
            String sessionSecret = secrets.lines().filter(line -> line.startsWith("yj.console.session-secret=")).findFirst()
                    .orElseThrow().replaceFirst("^[^=]*=", "");
            assertThat(sessionSecret).hasSizeGreaterThanOrEqualTo(32);
            if (consoleSecrets.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(consoleSecrets))).isEqualTo("rw-------");
            }
            for (long pid : platform.recordedPids()) {
                ProcessHandle.of(pid).flatMap(process -> process.info().commandLine())
                        .ifPresent(commandLine -> assertThat(commandLine).doesNotContain(sessionSecret));
            }
            // a victim's details sealed with it now, to open after the restart
            String victimRef = referVictim(settings);

            List<Long> pids = platform.recordedPids();
            assertThat(pids).hasSizeGreaterThanOrEqualTo(10);
            platform.stop();
            assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());

            platform.start();
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("order_service"), "postgres", "local-only");
                    Statement statement = connection.createStatement();
                    ResultSet kept = statement.executeQuery("select id from smoke_marker")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("kept");
            }
            assertThat(Files.readString(data.resolve("logs/keycloak.log"))).contains("already exists. Import skipped");
            // the same key again: what victim-service sealed before the restart opens
            assertThat(Files.readString(keyFile)).isEqualTo(key);
            assertThat(Files.readString(consoleSecrets)).isEqualTo(secrets);
            HttpResponse<String> details = get(settings.gatewayUrl() + "/api/victims/victims/" + victimRef + "/details",
                    passwordToken(settings, "wokingham-rj-worker"), Map.of("Access-Reason", "checking the local platform's restart"));
            assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
            assertThat(JSON.readTree(details.body()).path("name").asText()).isEqualTo("Sam Smoke-Test");
            assertThat(get(settings.gatewayUrl() + "/api/orders/me", passwordToken(settings, "nottinghamshire-team-manager"))
                    .body()).contains("\"authority\":\"nottinghamshire\"");
        } finally {
            platform.stop();
        }
    }

    @Test
    void aTakenPortIsRefusedClearlyAndNothingIsStarted() throws IOException {
        Path root = Path.of(System.getProperty("yj.repository.root"));
        Settings settings = Settings.onFreePorts(root, root.resolve("deploy/local/target/taken-" + UUID.randomUUID()));
        try (ServerSocket squatter = new ServerSocket(settings.gatewayPort(), 1, InetAddress.getLoopbackAddress())) {
            LocalPlatform platform = new LocalPlatform(settings);

            assertThatThrownBy(platform::start).isInstanceOf(LocalPlatform.StartFailed.class)
                    .hasMessageContaining(settings.gatewayPort() + " (gateway)");
            assertThat(platform.recordedPids()).isEmpty();
        }
    }

    /**
     * A Wokingham case sentenced through the gateway, and, once victim-service knows it (over Kafka), a victim of it
     * referred by the police partner; the victim's reference.
     */
    private String referVictim(Settings settings) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "SMOKE-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "adjourned-for-psr",
                "child", Map.of("givenName", "Robin", "familyName", "Smoke-" + UUID.randomUUID(),
                        "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "criminal damage", "imprisonable", false)));
        HttpResponse<String> recorded = post(settings.gatewayUrl() + "/api/orders/court-outcomes",
                passwordToken(settings, "wokingham-court-officer"), outcome);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String caseId = JSON.readTree(recorded.body()).path("caseId").asText();

        String police = clientToken(settings, "wokingham-police-system");
        Map<String, Object> referral = Map.of("caseId", caseId, "policeReference", "SMOKE-" + UUID.randomUUID(),
                "victimAskedNotToShare", false, "directVictim", true, "consentToContact", true, "consentGivenOn", today.toString(),
                "details", Map.of("name", "Sam Smoke-Test", "dateOfBirth", "1980-01-02", "preferredContactMethod", "letter"));
        AtomicReference<HttpResponse<String>> referred = new AtomicReference<>();
        // the case reaches victim-service over Kafka: until then the referral answers 404
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            referred.set(post(settings.gatewayUrl() + "/api/victims/referrals", police, referral));
            return referred.get().statusCode() != 404;
        });
        assertThat(referred.get().statusCode()).as(referred.get().body()).isEqualTo(201);
        return JSON.readTree(referred.get().body()).path("victimRef").asText();
    }

    private String clientToken(Settings settings, String clientId) throws Exception {
        // the demo realm's partner client secret: public, local platform only
        return token(settings, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", "demo-only-" + clientId + "-secret"));
    }

    private String passwordToken(Settings settings, String username) throws Exception {
        return token(settings, Map.of("grant_type", "password", "client_id", "youth-justice-cli", "username", username,
                "password", LocalPlatform.DEMO_PASSWORD));
    }

    private String token(Settings settings, Map<String, String> grant) throws Exception {
        String form = grant.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(settings.keycloakUrl() + "/realms/youth-justice/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        return get(url, token, Map.of());
    }

    private HttpResponse<String> get(String url, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
