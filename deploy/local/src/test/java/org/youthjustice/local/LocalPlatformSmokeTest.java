package org.youthjustice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's one command, proven: start the whole platform, get a real token for a demo user from
 * Keycloak, call an API through the gateway, stop, and check that no process is left; then start
 * again and find the data kept and the realm not imported twice.
 */
class LocalPlatformSmokeTest {
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
            assertThat(new ObjectMapper().readTree(me.body()).path("authority").asText()).isEqualTo("wokingham");
            assertThat(get(settings.gatewayUrl() + "/api/orders/me", null).statusCode()).isEqualTo(401);

            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl("order_service"), "postgres", "local-only");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table smoke_marker (id text primary key)");
                statement.execute("insert into smoke_marker values ('kept')");
            }

            List<Long> pids = platform.recordedPids();
            assertThat(pids).hasSizeGreaterThanOrEqualTo(9);
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

    private String passwordToken(Settings settings, String username) throws Exception {
        String form = Map.of("grant_type", "password", "client_id", "youth-justice-cli", "username", username,
                        "password", LocalPlatform.DEMO_PASSWORD).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(settings.keycloakUrl() + "/realms/youth-justice/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
