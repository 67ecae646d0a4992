package org.youthjustice.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;
import org.youthjustice.testing.Keycloak;

/**
 * The whole platform, started once for all end-to-end tests of a run exactly as
 * {@code deploy/local/platform start} does (on free ports, in a data directory of its own), and
 * stopped after the last test. A test takes it as a parameter.
 */
public class RunningPlatform implements BeforeAllCallback, ParameterResolver, ExtensionContext.Store.CloseableResource {
    public static final String DEMO_PASSWORD = LocalPlatform.DEMO_PASSWORD;

    private static RunningPlatform instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each user's and partner system's token, until a minute before it expires. */
    private final Map<String, KeptToken> tokens = new ConcurrentHashMap<>();

    private Settings settings;
    private LocalPlatform platform;
    /** How long the first start took, from nothing to every part ready (the benchmark's P6 reports it). */
    private Duration startedIn;

    /** Why the platform did not start, so that every later test class fails at once instead of trying again. */
    private static RuntimeException startFailure;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            RunningPlatform started = new RunningPlatform();
            try {
                started.start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            instance = started;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningPlatform.class.getName(), started);
        }
    }

    private void start() {
        Path root = Path.of(System.getProperty("yj.repository.root"));
        settings = Settings.onFreePorts(root, root.resolve("e2e/target/platform-" + UUID.randomUUID()));
        platform = new LocalPlatform(settings);
        // the suites' platform runs its Java parts on C1 alone, as the build runs its test JVMs (see the root pom): the
        // suites test behaviour, not speed, and on 2 cores C2's compiling weighed on every start and restart. C1 alone
        // reserves only 48 MB for compiled code (see the root pom): the tiered default of 240 MB, reserved, not used
        Settings.applications().forEach(part -> platform.optionsFor(part, List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m")));
        long begun = System.nanoTime();
        platform.start();
        startedIn = Duration.ofNanos(System.nanoTime() - begun);
    }

    @Override
    public void close() {
        platform.stop();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return instance;
    }

    public String gateway() {
        return settings.gatewayUrl();
    }

    public Keycloak keycloak() {
        return new Keycloak(settings.keycloakUrl());
    }

    /**
     * A demo user's real token, e.g. {@code token("wokingham-case-worker")}, as a client keeps one: fetched from Keycloak
     * once and again a minute before it expires. A login per call made every poll of a waiting flow (ten a second) a
     * password hash and a new session on Keycloak, on the same two cores as the platform under test.
     */
    public String token(String username) {
        return kept("user:" + username, () -> login(username));
    }

    /** A new login of a demo user at Keycloak, for a test about Keycloak itself (down, back again, restarted). */
    public String login(String username) {
        return keycloak().passwordToken(username, DEMO_PASSWORD);
    }

    /**
     * A partner system's real token by the client-credentials grant, e.g. {@code clientToken("wokingham-police-system")},
     * kept as {@link #token} keeps a user's: the demo realm's secret for it ({@code demo-only-<client>-secret}), public
     * and for the local platform only.
     */
    public String clientToken(String clientId) {
        return kept("client:" + clientId, () -> keycloak().clientToken(clientId, "demo-only-" + clientId + "-secret"));
    }

    private record KeptToken(String value, Instant renewAfter) {
        static KeptToken of(String value) {
            try {
                JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(value.split("\\.")[1]));
                return new KeptToken(value, Instant.ofEpochSecond(claims.path("exp").asLong()).minus(Duration.ofMinutes(1)));
            } catch (IOException e) {
                throw new UncheckedIOException("Keycloak's token is not a JWT", e);
            }
        }
    }

    private String kept(String subject, Supplier<String> fetch) {
        // Keycloak's tokens carry real time (exp), so they are renewed by the machine's clock, not the platform's
        return tokens.compute(subject, (s, kept) -> kept != null && Instant.now().isBefore(kept.renewAfter()) ? kept
                : KeptToken.of(fetch.get())).value();
    }

    /** The Kafka broker the services talk over, for a scenario that reads the topics themselves. */
    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    /** A connection to one service's own database (e.g. {@code order_service}), for a scenario that inspects what is stored. */
    public Connection database(String database) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(database), LocalPlatform.DB_USERNAME, LocalPlatform.DB_PASSWORD);
    }

    /** The folder of the parts' log files, one per part ({@code <part>.log}). */
    public Path logs() {
        return settings.logs();
    }

    /** Each service's own address by module ({@code order-service}), for a scenario that bypasses the gateway. */
    public java.util.Map<String, String> services() {
        java.util.Map<String, String> services = new java.util.LinkedHashMap<>();
        Settings.SERVICES.forEach(service -> services.put(service.module(), "http://127.0.0.1:" + settings.portOf(service)));
        return services;
    }

    /** Each service's gateway route by module ({@code order-service} → {@code orders}, under {@code /api/orders}). */
    public java.util.Map<String, String> routes() {
        java.util.Map<String, String> routes = new java.util.LinkedHashMap<>();
        Settings.SERVICES.forEach(service -> routes.put(service.module(), service.route()));
        return routes;
    }

    /** Kills {@code postgres}, {@code kafka} or {@code keycloak} at once, as a crash would (resilience suite). */
    public void kill(String part) {
        platform.kill(part);
    }

    /** Starts a killed part again and waits until it is healthy. */
    public void startAgain(String part) {
        platform.startAgain(part);
    }

    /**
     * The launcher itself, for the classes that run last and act on the whole platform: the launcher's own restart
     * check and the benchmark harness's smoke run (which restarts some parts with other options).
     */
    public LocalPlatform launcher() {
        return platform;
    }

    /** Where each part runs and keeps its data (ports, data directory, log and key files). */
    public Settings settings() {
        return settings;
    }

    /** How long the platform's first start took, until every part was ready. */
    public Duration startedIn() {
        return startedIn;
    }

    /** Whether every service and the gateway are ready now. */
    public boolean servicesReady() {
        return platform.servicesReady();
    }

    /** What one part of the platform has logged so far. */
    public String log(String part) {
        try {
            return Files.readString(settings.logs().resolve(part + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
