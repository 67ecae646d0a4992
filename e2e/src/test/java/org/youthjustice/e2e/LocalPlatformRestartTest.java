package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * that a victim's details sealed before the restart open after it; and each application running with its class archive.
 * Last of all classes: it stops every part.
 */
@EndToEnd
@Order(Integer.MAX_VALUE)
class LocalPlatformRestartTest {

    @Test
    @DisplayName("the local platform serves through the gateway, stops cleanly and keeps its data, realm and keys across a restart")
    void servesStopsCleanlyAndKeepsItsDataAcrossRestarts(RunningPlatform platform) throws Exception {
        Settings settings = platform.settings();
        LocalPlatform launcher = platform.launcher();
        assertThat(launcher.status()).isTrue();

        VictimScenarios.as(platform, "wokingham-case-worker").get("/api/orders/me").then().statusCode(200)
                .body("authority", equalTo("wokingham"));
        given().baseUri(platform.gateway()).get("/api/orders/me").then().statusCode(401);

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
        // P6 (issue 19): each Quarkus application runs with the class archive its build made, mapped into its process
        // (the JVM leaves an archive it cannot use aside with no more than a warning, so only this shows it is used)
        if (Files.isDirectory(Path.of("/proc/self"))) {
            for (String application : Settings.applications()) {
                long pid = launcher.process(application).orElseThrow().pid();
                assertThat(Files.readString(Path.of("/proc/" + pid + "/maps"))).as(application + "'s mapped files")
                        .contains("/quarkus-app/app-cds.jsa");
            }
        }
        // the console, through the gateway: a browser is sent to Keycloak to sign in, and Keycloak accepts the way
        // back to the gateway's own address (the realm's redirect addresses follow the gateway's port)
        String signIn = given().baseUri(platform.gateway()).redirects().follow(false).get("/").then().statusCode(302)
                .extract().header("Location");
        assertThat(signIn).startsWith(settings.keycloakUrl() + "/realms/youth-justice/protocol/openid-connect/auth")
                .contains("redirect_uri=" + URLEncoder.encode(platform.gateway() + "/", StandardCharsets.UTF_8))
                .contains("code_challenge_method=S256");
        // the address as the browser gets it, already encoded
        assertThat(given().urlEncodingEnabled(false).get(signIn).statusCode()).as("Keycloak's sign-in page for the console's redirect").isEqualTo(200);
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
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London")); // the local platform runs on the machine's clock
        String caseId = VictimScenarios.adjourned(platform, today, VictimScenarios.child(today, "Restart"), "criminal damage");
        String victimRef = VictimScenarios.referred(platform, VictimScenarios.referral(caseId, Map.of("name", "Sam Restart-Test",
                "dateOfBirth", "1980-01-02", "preferredContactMethod", "letter"))).then().statusCode(201).extract().path("victimRef");

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
        VictimScenarios.as(platform, "wokingham-rj-worker").header("Access-Reason", "checking the local platform's restart")
                .get("/api/victims/victims/" + victimRef + "/details").then().statusCode(200).body("name", equalTo("Sam Restart-Test"));
        // a new login after the restart
        given().baseUri(platform.gateway()).auth().oauth2(platform.login("nottinghamshire-team-manager")).get("/api/orders/me")
                .then().statusCode(200).body("authority", equalTo("nottinghamshire"));
    }
}
