package org.youthjustice.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;
import org.youthjustice.resilience.OpenApiOperations.Operation;

/**
 * Forged tokens, at the gateway and at each service directly: a real access token's claims re-signed every way an
 * attacker might — {@code alg: none}, another RSA key under the realm's kid or its own, the attacker's key embedded in the
 * header, HMAC keyed with the realm's public key, the signature stripped, the claims changed under the real signature —
 * and claims a service must check whatever the signature (wrong audience, wrong issuer, expired, not yet valid), plus
 * garbage. Where the realm can produce the real thing it is used too: a token of the realm's {@code admin-cli} client
 * (no platform audience), a token of another realm ({@code master}), a real token that has expired. Each is answered
 * 401 as a problem, every time (three rounds, with a real token accepted in between, so the verifiers' key caches are
 * warm); the gateway never passes one on to a service, and nothing is stored.
 */
@EndToEnd
@Order(1_073_741_853)
class ForgedTokensTest {
    private static final int ROUNDS = 3;
    private static final String USER = "wokingham-team-manager";

    record Target(String name, String base, String method, String path, boolean viaGateway) {
    }

    @Test
    @DisplayName("Forged tokens (X-1): alg none, another key (same kid, other kid, embedded jwk), HMAC with the realm's public "
            + "key, stripped or kept signatures over changed claims, wrong audience, wrong issuer, expired, not yet valid, "
            + "another realm, garbage — each 401 problem, every time, at the gateway and at each service directly")
    void everyForgedTokenIsRefusedEverywhere(RunningPlatform platform) throws Exception {
        ProbeClient client = new ProbeClient(platform);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String real = platform.token(USER);
        ObjectNode realHeader = (ObjectNode) part(real, 0);
        ObjectNode realClaims = (ObjectNode) part(real, 1);
        String realmKid = realHeader.path("kid").asText();
        RSAPublicKey realmKey = realmKey(platform, realmKid);
        KeyPair attacker = rsa();
        long now = Instant.now().getEpochSecond();
        Map<String, String> notes = new LinkedHashMap<>();

        // the attacks, each a token (made fresh for each round: a real token's claims, valid for its lifetime)
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", unsigned(header("none", realmKid), realClaims));
        attacks.put("alg NONE", unsigned(header("NONE", realmKid), realClaims));
        attacks.put("alg none, the real signature kept", unsigned(header("none", realmKid), realClaims) + real.split("\\.")[2]);
        attacks.put("RS256, signature stripped", unsigned(header("RS256", realmKid), realClaims));
        attacks.put("real signature, claims changed (authority)", encode(realHeader) + "." + encode(with(realClaims,
                c -> c.put("authority", "nottinghamshire"))) + "." + real.split("\\.")[2]);
        attacks.put("real signature, claims changed (roles)", encode(realHeader) + "." + encode(with(realClaims,
                c -> c.putObject("realm_access").putArray("roles").add("service-manager").add("platform-admin"))) + "."
                + real.split("\\.")[2]);
        attacks.put("another RSA key, the realm's kid", rs256(header("RS256", realmKid), realClaims, attacker.getPrivate()));
        attacks.put("another RSA key, its own kid", rs256(header("RS256", "attacker-" + run), realClaims, attacker.getPrivate()));
        attacks.put("another RSA key, no kid", rs256(header("RS256", null), realClaims, attacker.getPrivate()));
        ObjectNode embedded = header("RS256", "attacker-" + run);
        RSAPublicKey attackerPublic = (RSAPublicKey) attacker.getPublic();
        embedded.putObject("jwk").put("kty", "RSA").put("kid", "attacker-" + run).put("n", unsigned(attackerPublic.getModulus()))
                .put("e", unsigned(attackerPublic.getPublicExponent()));
        attacks.put("another RSA key, embedded in the header (jwk)", rs256(embedded, realClaims, attacker.getPrivate()));
        attacks.put("HS256 keyed with the realm's public key (DER)", hs256(header("HS256", realmKid), realClaims, realmKey.getEncoded()));
        attacks.put("HS256 keyed with the realm's public key (PEM)", hs256(header("HS256", realmKid), realClaims,
                pem(realmKey).getBytes(StandardCharsets.US_ASCII)));
        attacks.put("wrong audience (another key)", rs256(header("RS256", realmKid), with(realClaims, c -> c.put("aud", "account")),
                attacker.getPrivate()));
        attacks.put("wrong issuer (another key)", rs256(header("RS256", realmKid), with(realClaims,
                c -> c.put("iss", "http://127.0.0.1:1/realms/youth-justice")), attacker.getPrivate()));
        attacks.put("expired (another key)", rs256(header("RS256", realmKid), with(realClaims,
                c -> c.put("iat", now - 3900).put("exp", now - 3600)), attacker.getPrivate()));
        attacks.put("not yet valid, nbf in an hour (another key)", rs256(header("RS256", realmKid), with(realClaims,
                c -> c.put("nbf", now + 3600).put("iat", now + 3600).put("exp", now + 7200)), attacker.getPrivate()));
        attacks.put("garbage", "not-a-jwt");
        attacks.put("garbage, three base64url parts", encode(randomBytes(32)) + "." + encode(randomBytes(64)) + "." + encode(randomBytes(256)));
        attacks.put("a JWT with an empty header and claims", "e30.e30.");
        // the real thing, where the realm makes it
        realToken(platform, "youth-justice", Map.of("grant_type", "password", "client_id", "admin-cli", "username", USER,
                "password", RunningPlatform.DEMO_PASSWORD)).ifPresentOrElse(
                token -> attacks.put("REAL token without the platform audience (realm client admin-cli)", token),
                () -> notes.put("real wrong-audience token", "the realm's admin-cli client gave no token"));
        realToken(platform, "master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", RunningPlatform.DEMO_PASSWORD)).ifPresentOrElse(
                token -> attacks.put("REAL token of another realm (master)", token),
                () -> notes.put("another realm's token", "the master realm's admin gave no token"));
        String shortLived = platform.keycloak().passwordToken("youth-justice-e2e", USER, RunningPlatform.DEMO_PASSWORD);
        Instant expiry = Instant.ofEpochSecond(part(shortLived, 1).path("exp").asLong());

        List<Target> targets = targets(platform);
        Map<String, Long> before = RowCounts.settled(platform, Duration.ofSeconds(30));

        // a real token works on every target (so that a 401 below is the forgery's)
        for (Target target : targets) {
            if (target.method().equals("GET")) {
                ProbeClient.Answer answer = send(client, target, real, "rft-control-" + run);
                assertThat(answer.status()).as("the real token on " + target + ": " + answer.brief()).isEqualTo(200);
            }
        }
        // the real expired token, once it has expired (the e2e client's tokens live 2 seconds)
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(expiry.plusSeconds(2)));
        attacks.put("REAL token, expired (realm client youth-justice-e2e, 2 s)", shortLived);

        Map<String, Map<Integer, Long>> answers = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        int refused = 0;
        int sent = 0;
        int counter = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            for (Map.Entry<String, String> attack : attacks.entrySet()) {
                for (Target target : targets) {
                    String correlationId = (target.viaGateway() ? "rfg-" : "rfd-") + run + "-" + counter++;
                    ProbeClient.Answer answer = send(client, target, attack.getValue(), correlationId);
                    sent++;
                    answers.computeIfAbsent(attack.getKey(), k -> new TreeMap<>()).merge(answer.status(), 1L, Long::sum);
                    if (answer.status() == 401 && answer.problem()) {
                        refused++;
                    } else {
                        violations.add("round " + round + ", " + attack.getKey() + " at " + target.name() + " → " + answer.brief());
                    }
                }
            }
            // a real token in between: accepted, and the forgeries after it refused again
            for (Target target : targets) {
                if (target.method().equals("GET")) {
                    assertThat(send(client, target, platform.token(USER), "rft-control-" + run).status()).as(target.name()).isEqualTo(200);
                }
            }
        }
        Map<String, Long> after = RowCounts.count(platform);

        // the gateway passed no forged request on: no service logged a correlation id the gateway was sent with one
        List<String> reachedAService = new ArrayList<>();
        for (String module : platform.services().keySet()) {
            if (platform.log(module).contains("rfg-" + run)) {
                reachedAService.add(module);
            }
        }

        System.out.printf("Forged tokens: %d attacks × %d targets (%d at the gateway, %d at the services directly) × %d rounds = %d "
                        + "requests; %d answered 401 problem+json; %d otherwise; forged requests the gateway passed on to a service: %s%n",
                attacks.size(), targets.size(), targets.stream().filter(Target::viaGateway).count(),
                targets.stream().filter(t -> !t.viaGateway()).count(), ROUNDS, sent, refused, sent - refused,
                reachedAService.isEmpty() ? "none" : reachedAService);
        System.out.printf("Forged tokens by attack (status → count): %s%n", answers.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
        notes.forEach((what, why) -> System.out.printf("Forged tokens: not tried, %s: %s%n", what, why));
        violations.stream().limit(40).forEach(line -> System.out.printf("Forged token not refused with a 401 problem: %s%n", line));

        assertThat(after.get("order_service.court_outcome")).as("court outcomes stored with forged tokens")
                .isEqualTo(before.get("order_service.court_outcome"));
        assertThat(reachedAService).as("services that received a forged request through the gateway").isEmpty();
        assertThat(violations).as("forged tokens not refused with a 401 problem").isEmpty();
    }

    /**
     * For each service, through the gateway and directly: {@code /me}, the first documented GET without path parameters
     * that a team manager may use, and at order-service the submission of a court outcome (an unsafe method, with a valid
     * body for a court officer).
     */
    private static List<Target> targets(RunningPlatform platform) {
        List<Operation> operations = OpenApiOperations.load(platform);
        List<Target> targets = new ArrayList<>();
        for (boolean viaGateway : new boolean[] { true, false }) {
            for (Map.Entry<String, String> service : platform.services().entrySet()) {
                String module = service.getKey();
                String base = viaGateway ? platform.gateway() : service.getValue();
                String where = viaGateway ? "gateway" : module + " directly";
                String route = "/api/" + platform.routes().get(module);
                targets.add(new Target(where + " GET " + route + "/me", base, "GET", route + "/me", viaGateway));
                operations.stream().filter(op -> op.module().equals(module) && op.method().equals("GET") && !op.path().contains("{")
                                && !op.path().endsWith("/me") && op.allowedRoles().contains("team-manager"))
                        .findFirst().ifPresent(op -> targets.add(new Target(where + " GET " + op.path(), base, "GET", op.path(), viaGateway)));
                if (module.equals("order-service")) {
                    targets.add(new Target(where + " POST /api/orders/court-outcomes", base, "POST", "/api/orders/court-outcomes", viaGateway));
                }
            }
        }
        return targets;
    }

    private static ProbeClient.Answer send(ProbeClient client, Target target, String token, String correlationId) {
        byte[] body = null;
        if (target.method().equals("POST")) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            Map<String, Object> outcome = Map.of(
                    "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                    "courtReference", "FORGED-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "adjourned-for-psr",
                    "child", Map.of("givenName", "Forged", "familyName", "Token-" + correlationId, "dateOfBirth",
                            today.minusYears(15).toString(), "genderIdentity", "male", "lookedAfter", false),
                    "offences", List.of(Map.of("description", "criminal damage", "imprisonable", false)));
            try {
                body = OpenApiOperations.JSON.writeValueAsBytes(outcome);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return client.send(target.base(), target.method(), target.path(), token, "application/json", body,
                Map.of("X-Correlation-Id", correlationId));
    }

    // ------------------------------------------------------------------ tokens

    /** A real token from the realm's token endpoint, if it gives one. */
    private static Optional<String> realToken(RunningPlatform platform, String realm, Map<String, String> form) {
        String url = platform.keycloak().realmUrl().replace("/realms/youth-justice", "/realms/" + realm) + "/protocol/openid-connect/token";
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.ofNullable(OpenApiOperations.JSON.readTree(answer.body()).path("access_token").asText(null));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm's signing key for {@code kid}, from its published key set. */
    private static RSAPublicKey realmKey(RunningPlatform platform, String kid) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.keycloak().realmUrl() + "/protocol/openid-connect/certs")).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode key : OpenApiOperations.JSON.readTree(answer.body()).path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText()));
                BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asText()));
                return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
            }
        }
        throw new IllegalStateException("the realm publishes no key " + kid + ": " + answer.body());
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static ObjectNode header(String alg, String kid) {
        ObjectNode header = OpenApiOperations.JSON.createObjectNode().put("alg", alg).put("typ", "JWT");
        if (kid != null) {
            header.put("kid", kid);
        }
        return header;
    }

    private static ObjectNode with(ObjectNode claims, Consumer<ObjectNode> change) {
        ObjectNode copy = claims.deepCopy();
        change.accept(copy);
        return copy;
    }

    /** header.claims. — no signature. */
    private static String unsigned(ObjectNode header, ObjectNode claims) {
        return encode(header) + "." + encode(claims) + ".";
    }

    private static String rs256(ObjectNode header, ObjectNode claims, PrivateKey key) throws GeneralSecurityException {
        String input = encode(header) + "." + encode(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + encode(signature.sign());
    }

    private static String hs256(ObjectNode header, ObjectNode claims, byte[] secret) throws GeneralSecurityException {
        String input = encode(header) + "." + encode(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return input + "." + encode(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String pem(RSAPublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return encode(bytes);
    }

    private static JsonNode part(String token, int index) throws IOException {
        return OpenApiOperations.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    private static String encode(JsonNode json) {
        return encode(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
