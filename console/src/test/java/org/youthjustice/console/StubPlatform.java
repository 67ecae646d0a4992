package org.youthjustice.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * What the console talks to, stubbed in one small HTTP server for its page tests: Keycloak's OpenID Connect endpoints
 * (discovery, keys, the authorisation code flow: the user signed in is the one the test names as login_hint), and the
 * gateway, whose /api answers come from {@link StubApi} for the user whose token the console sends. The console runs
 * as deployed, with its own sign-in and its own API client; only what is behind them is stubbed.
 */
public class StubPlatform implements QuarkusTestResourceLifecycleManager {
    static final String REALM = "/realms/youth-justice";
    static final String CLIENT = "youth-justice-gateway";

    /** The users a test may sign in as: authority, team (or null), realm roles, name. */
    public record User(String username, String authority, String team, List<String> roles, String name) {
    }

    static final Map<String, User> USERS = Map.of(
            "wokingham-service-manager", new User("wokingham-service-manager", "wokingham", null, List.of("service-manager"),
                    "Wokingham Service Manager"),
            "wokingham-team-manager", new User("wokingham-team-manager", "wokingham", "community-orders", List.of("team-manager"),
                    "Wokingham Team Manager"),
            "wokingham-partnership-analyst", new User("wokingham-partnership-analyst", "wokingham", null,
                    List.of("partnership-analyst"), "Wokingham Partnership Analyst"),
            "wokingham-advanced-practitioner", new User("wokingham-advanced-practitioner", "wokingham", "community-orders",
                    List.of("advanced-practitioner"), "Wokingham Advanced Practitioner"),
            "wokingham-case-worker", new User("wokingham-case-worker", "wokingham", "community-orders", List.of("case-worker"),
                    "Wokingham Case Worker"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private RsaJsonWebKey key;
    private String base;
    private final Map<String, User> codes = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("stub-key");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String oidc = REALM + "/protocol/openid-connect";
        server.createContext(REALM + "/.well-known/openid-configuration", exchange -> json(exchange, 200, Map.of(
                "issuer", base + REALM,
                "authorization_endpoint", base + oidc + "/auth",
                "token_endpoint", base + oidc + "/token",
                "jwks_uri", base + oidc + "/certs",
                "end_session_endpoint", base + oidc + "/logout",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "code_challenge_methods_supported", List.of("S256"))));
        server.createContext(oidc + "/certs", exchange -> send(exchange, 200, "application/json",
                "{\"keys\":[" + key.toJson() + "]}"));
        server.createContext(oidc + "/auth", this::authorise);
        server.createContext(oidc + "/token", this::token);
        server.createContext(oidc + "/logout", exchange -> send(exchange, 200, "text/plain", "signed out"));
        server.createContext("/api/", exchange -> {
            Map<String, Object> claims = caller(exchange);
            StubApi.Answer answer = claims == null ? StubApi.problem(401, "no valid token", List.of())
                    : StubApi.answer(exchange.getRequestURI().getPath(), query(exchange.getRequestURI().getRawQuery()),
                            exchange.getRequestHeaders().getFirst("Accept"), claims);
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            send(exchange, answer.status(), answer.type(), answer.body());
        });
        server.start();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", base + REALM);
        config.put("yj.console.gateway-url", base);
        config.put("yj.console.keycloak-url", base);
        config.put("yj.console.client-secret", "stub-client-secret");
        config.put("yj.console.session-secret", UUID.randomUUID() + "-" + UUID.randomUUID());
        // the test's client speaks plain HTTP, which a Secure cookie is never sent over
        config.put("yj.console.secure-cookies", "false");
        return config;
    }

    /** The authorisation endpoint: signs in the user named as login_hint at once, back to the console with a code. */
    private void authorise(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        User user = USERS.get(query.get("login_hint"));
        if (user == null || !CLIENT.equals(query.get("client_id")) || query.get("redirect_uri") == null) {
            send(exchange, 400, "text/plain", "no such user or client");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, user);
        String redirect = query.get("redirect_uri");
        exchange.getResponseHeaders().add("Location", redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
        send(exchange, 302, "text/plain", "");
    }

    /** The token endpoint: the code's user's ID and access tokens, shaped as the realm's and signed with the stub's key. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        User user = "authorization_code".equals(form.get("grant_type")) ? codes.remove(form.get("code")) : null;
        if (user == null) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        json(exchange, 200, Map.of("access_token", sign(user, List.of(CLIENT, "youth-justice-platform")),
                "id_token", sign(user, List.of(CLIENT)), "token_type", "Bearer", "expires_in", 3600));
    }

    private String sign(User user, List<String> audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(base + REALM);
        claims.setAudience(audience);
        claims.setSubject(UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8)).toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setClaim("preferred_username", user.username());
        claims.setClaim("name", user.name());
        claims.setClaim("authority", user.authority());
        if (user.team() != null) {
            claims.setClaim("team", user.team());
        }
        claims.setClaim("realm_access", Map.of("roles", user.roles()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of the bearer token the console sent, verified; null for none or a forged one. */
    private Map<String, Object> caller(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        try {
            return new JwtConsumerBuilder().setVerificationKey(key.getPublicKey()).setExpectedIssuer(base + REALM)
                    .setExpectedAudience("youth-justice-platform").setRequireExpirationTime().build()
                    .processToClaims(authorization.substring("Bearer ".length())).getClaimsMap();
        } catch (InvalidJwtException e) {
            return null;
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            query.putIfAbsent(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Roles as the token holds them (realm_access.roles). */
    @SuppressWarnings("unchecked")
    static Set<String> roles(Map<String, Object> claims) {
        Object access = claims.get("realm_access");
        return access instanceof Map<?, ?> map && map.get("roles") instanceof List<?> roles
                ? Set.copyOf((List<String>) roles) : Set.of();
    }

    /** For the stub's answers: now, as the fixtures' figures were "worked out". */
    static final Instant GENERATED_AT = Instant.parse("2026-11-30T17:04:00Z");
}
