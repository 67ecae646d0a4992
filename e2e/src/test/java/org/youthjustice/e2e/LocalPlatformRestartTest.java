package org.youthjustice.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * The README's one command, proven on the platform the suites share (started by {@code LocalPlatform}, as
 * {@code deploy/local/platform start} does): a real token for a demo user, an API call through the gateway, the
 * console's sign-in, the secrets the launcher generates; then the whole platform stopped with no process left, started
 * again, and its data kept, the realm not imported twice, and victim-service's generated personal-data key the same, so
 * that a victim's details sealed before the restart open after it. Last of all classes: it stops every part.
 */
@EndToEnd
@Order(Integer.MAX_VALUE)
class LocalPlatformRestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @DisplayName("the local platform serves through the gateway, stops cleanly and keeps its data, realm and keys across a restart")
    void servesStopsCleanlyAndKeepsItsDataAcrossRestarts(RunningPlatform platform) throws Exception {
        Settings settings = platform.settings();
        LocalPlatform launcher = platform.launcher();
        assertThat(launcher.status()).isTrue();

        HttpResponse<String> me = get(platform.gateway() + "/api/orders/me", platform.token("wokingham-case-worker"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("authority").asText()).isEqualTo("wokingham");
        assertThat(get(platform.gateway() + "/api/orders/me", null).statusCode()).isEqualTo(401);

        // one demo user logged in eight times at once, as the suites' threads do: every login gets its token
        // (Keycloak's brute-force check would otherwise refuse the overlapping ones)
        ExecutorService logins = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tokens.add(logins.submit(() -> platform.login("wokingham-team-manager")));
            }
            for (Future<String> each : tokens) {
                assertThat(each.get()).isNotBlank();
            }
        } finally {
            logins.shutdownNow();
        }

        try (Connection connection = platform.database("order_service"); Statement statement = connection.createStatement()) {
            statement.execute("create table restart_marker (id text primary key)");
            statement.execute("insert into restart_marker values ('kept')");
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
        for (long pid : launcher.recordedPids()) {
            ProcessHandle.of(pid).flatMap(process -> process.info().commandLine()).ifPresent(commandLine -> {
                assertThat(commandLine).doesNotContain(keyValue);
                assertThat(commandLine.contains(keyFile.toUri().toString())).isEqualTo(commandLine.contains("victim-service"));
            });
        }
        // the console, through the gateway: a browser is sent to Keycloak to sign in, and Keycloak accepts the way
        // back to the gateway's own address (the realm's redirect addresses follow the gateway's port)
        HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).isEqualTo(302);
        String signIn = console.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).startsWith(settings.keycloakUrl() + "/realms/youth-justice/protocol/openid-connect/auth")
                .contains("redirect_uri=" + URLEncoder.encode(platform.gateway() + "/", StandardCharsets.UTF_8))
                .contains("code_challenge_method=S256");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(signIn)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("Keycloak's sign-in page for the console's redirect").isEqualTo(200);
        // its session secret: generated on the first start, owner-only, on no command line, kept across restarts
        Path consoleSecrets = settings.data().resolve("console/console-secrets.properties");
        String secrets = Files.readString(consoleSecrets);
        String sessionSecret = secrets.lines().filter(line -> line.startsWith("yj.console.session-secret=")).findFirst()
                .orElseThrow().replaceFirst("^[^=]*=", "");
        assertThat(sessionSecret).hasSizeGreaterThanOrEqualTo(32);
        if (consoleSecrets.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(consoleSecrets))).isEqualTo("rw-------");
        }
        for (long pid : launcher.recordedPids()) {
            ProcessHandle.of(pid).flatMap(process -> process.info().commandLine())
                    .ifPresent(commandLine -> assertThat(commandLine).doesNotContain(sessionSecret));
        }
        // a victim's details sealed with it now, to open after the restart
        String victimRef = referVictim(platform);

        // Keycloak's log is appended to across restarts (R7 restarted it already): only what this start adds counts
        int keycloakLogBefore = platform.log("keycloak").length();
        List<Long> pids = launcher.recordedPids();
        assertThat(pids).hasSizeGreaterThanOrEqualTo(10);
        launcher.stop();
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty());

        launcher.start();
        try (Connection connection = platform.database("order_service"); Statement statement = connection.createStatement();
                ResultSet kept = statement.executeQuery("select id from restart_marker")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("kept");
        }
        assertThat(platform.log("keycloak").substring(keycloakLogBefore)).contains("already exists. Import skipped");
        // the same key again: what victim-service sealed before the restart opens
        assertThat(Files.readString(keyFile)).isEqualTo(key);
        assertThat(Files.readString(consoleSecrets)).isEqualTo(secrets);
        HttpResponse<String> details = get(platform.gateway() + "/api/victims/victims/" + victimRef + "/details",
                platform.login("wokingham-rj-worker"), Map.of("Access-Reason", "checking the local platform's restart"));
        assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
        assertThat(JSON.readTree(details.body()).path("name").asText()).isEqualTo("Sam Restart-Test");
        assertThat(get(platform.gateway() + "/api/orders/me", platform.login("nottinghamshire-team-manager")).body())
                .contains("\"authority\":\"nottinghamshire\"");
    }

    /**
     * A Wokingham case sentenced through the gateway, and, once victim-service knows it (over Kafka), a victim of it
     * referred by the police partner; the victim's reference.
     */
    private String referVictim(RunningPlatform platform) throws Exception {
        // the local platform runs on the machine's clock: the hearing is today as the court sees it
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "RESTART-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "adjourned-for-psr",
                "child", Map.of("givenName", "Robin", "familyName", "Restart-" + UUID.randomUUID(),
                        "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "criminal damage", "imprisonable", false)));
        HttpResponse<String> recorded = post(platform.gateway() + "/api/orders/court-outcomes",
                platform.token("wokingham-court-officer"), outcome);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String caseId = JSON.readTree(recorded.body()).path("caseId").asText();

        String police = platform.clientToken("wokingham-police-system");
        Map<String, Object> referral = Map.of("caseId", caseId, "policeReference", "RESTART-" + UUID.randomUUID(),
                "victimAskedNotToShare", false, "directVictim", true, "consentToContact", true, "consentGivenOn", today.toString(),
                "details", Map.of("name", "Sam Restart-Test", "dateOfBirth", "1980-01-02", "preferredContactMethod", "letter"));
        AtomicReference<HttpResponse<String>> referred = new AtomicReference<>();
        // the case reaches victim-service over Kafka: until then the referral answers 404
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            referred.set(post(platform.gateway() + "/api/victims/referrals", police, referral));
            return referred.get().statusCode() != 404;
        });
        assertThat(referred.get().statusCode()).as(referred.get().body()).isEqualTo(201);
        JsonNode body = JSON.readTree(referred.get().body());
        return body.path("victimRef").asText();
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
