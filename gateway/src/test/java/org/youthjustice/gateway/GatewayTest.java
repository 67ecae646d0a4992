package org.youthjustice.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.LocalTokenResource;
import org.youthjustice.testing.TestTokens;
import org.youthjustice.tokens.VerifiedTokens;

@QuarkusTest
@WithTestResource(LocalTokenResource.class)
@WithTestResource(UpstreamResource.class)
class GatewayTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectUpstream
    Upstream upstream;

    @TestHTTPResource("/")
    URI gateway;

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aRequestWithoutATokenIsRefusedAndNeverReachesTheService() {
        int before = upstream.requests();

        given().get("/api/orders/echo").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:youth-justice:problem:unauthenticated"));

        assertThat(upstream.requests()).isEqualTo(before);
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefusedAndNeverReachTheService() {
        int before = upstream.requests();
        String valid = TestTokens.token("wokingham", "case-worker");
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLW9mLXNvbWVvbmUtZWxzZQ";

        given().auth().oauth2(forged).get("/api/orders/echo").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.forSubject("old").authority("wokingham").expired().sign())
                .get("/api/orders/echo").then().statusCode(401);
        given().auth().oauth2(TestTokens.forSubject("x").authority("wokingham")
                        .issuer("https://elsewhere.test.invalid/realms/youth-justice").sign())
                .get("/api/orders/echo").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/orders/echo").then().statusCode(401);

        assertThat(upstream.requests()).isEqualTo(before);
    }

    @Test
    void aTokenVerifiedOnceIsRememberedAndAFormOfItAlteredAfterwardsIsStillRefused() {
        String valid = TestTokens.token("wokingham", "case-worker");
        given().auth().oauth2(valid).get("/api/orders/echo").then().statusCode(200);
        assertThat(verifiedTokens.remembers(valid)).isTrue();
        int before = upstream.requests();

        given().auth().oauth2(valid).get("/api/orders/echo").then().statusCode(200);
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLW9mLXNvbWVvbmUtZWxzZQ";
        given().auth().oauth2(forged).get("/api/orders/echo").then().statusCode(401).contentType(PROBLEM);

        assertThat(upstream.requests()).isEqualTo(before + 1);
    }

    @Test
    void aRejectedTokenIsAnsweredOnceWithNoErrorInTheLog() throws Exception {
        // correlation id → Authorization header. A refused token was once answered twice, the second time failing
        // with an error in the log; a missing token never was, and comes last.
        Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("rejected-garbage-token", "Bearer not-a-jwt");
        rejected.put("rejected-other-key-token", "Bearer " + signedWithAnotherKey());
        rejected.put("rejected-expired-token", "Bearer " + TestTokens.forSubject("old").authority("wokingham").expired().sign());
        rejected.put("rejected-missing-token", null);
        // one connection: its requests are handled one after another on one event loop
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int before = upstream.requests();

        try (CapturedLog log = CapturedLog.attach()) {
            for (Map.Entry<String, String> request : rejected.entrySet()) {
                HttpRequest.Builder get = HttpRequest.newBuilder(gateway.resolve("/api/orders/echo"))
                        .header("X-Correlation-Id", request.getKey());
                if (request.getValue() != null) {
                    get.header("Authorization", request.getValue());
                }
                HttpResponse<String> response = client.send(get.build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(request.getKey()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).as(request.getKey()).hasValue(PROBLEM);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(request.getKey()).hasValue("Bearer");
                JsonObject problem = new JsonObject(response.body());
                assertThat(problem.getString("type")).isEqualTo("urn:youth-justice:problem:unauthenticated");
                assertThat(problem.getString("correlationId")).isEqualTo(request.getKey());
            }
            // A request's access line is logged as its answer ends, and whatever its handling logs after that is logged
            // before the next request on the connection is handled: once every line is there, all they logged is.
            await().atMost(Duration.ofSeconds(5)).until(() -> rejected.keySet().stream()
                    .allMatch(id -> log.has("org.youthjustice.gateway.access", " 401 ", "correlationId=" + id)));

            assertThat(log.errors()).as("errors logged while refusing tokens").extracting(CapturedLog::describe).isEmpty();
        }
        assertThat(upstream.requests()).isEqualTo(before);
    }

    @Test
    void methodPathQueryHeadersTokenAndStatusReachTheServiceUnchanged() {
        String token = TestTokens.token("wokingham", "case-worker");

        given().urlEncodingEnabled(false).auth().oauth2(token).header("X-Custom", "kept").body("{}").contentType("application/json")
                .post("/api/orders/echo?status=201&child=a%20b")
                .then().statusCode(201)
                .header("X-Upstream", "echo")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/orders/echo"))
                .body("query", equalTo("status=201&child=a%20b"))
                .body("authorization", equalTo("Bearer " + token))
                .body("custom", equalTo("kept"));
    }

    @Test
    void aLargeBodyStreamsThroughIntactBothWays() {
        byte[] body = new byte[1_500_000];
        new Random(7).nextBytes(body);

        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).body(body).contentType("application/octet-stream")
                .put("/api/compliance/echo")
                .then().statusCode(200)
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(UpstreamResource.sha256(body)));

        byte[] large = given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/orders/large")
                .then().statusCode(200).extract().asByteArray();
        assertThat(large).hasSize(32 * 64 * 1024);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        int before = upstream.requests();
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).body(new byte[3 * 1024 * 1024])
                .post("/api/orders/echo")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:payload-too-large"));
        assertThat(upstream.requests()).isEqualTo(before);
        // far over it too (past what the HTTP layer would refuse by itself, with an empty 413): still the gateway's problem
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).body(new byte[11 * 1024 * 1024])
                .post("/api/orders/echo")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:payload-too-large"));

        // no Content-Length: refused as the streamed bytes pass the limit, a 413 every time, never a 503 from the upstream
        // request the gateway resets
        HttpRequest chunked = HttpRequest.newBuilder(gateway.resolve("/api/orders/echo"))
                .header("Authorization", "Bearer " + TestTokens.token("wokingham", "case-worker"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3 * 1024 * 1024])))
                .build();
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        }
    }

    @Test
    void theCorrelationIdIsKeptWhenWellFormedAndMadeOtherwise() {
        String token = TestTokens.token("wokingham", "case-worker");

        given().auth().oauth2(token).header("X-Correlation-Id", "caller-chosen-0001").get("/api/orders/echo")
                .then().statusCode(200).header("X-Correlation-Id", "caller-chosen-0001")
                .body("correlationId", equalTo("caller-chosen-0001"));
        Response made = given().auth().oauth2(token).header("X-Correlation-Id", "bad id <script>").get("/api/orders/echo");
        made.then().statusCode(200).header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));
        assertThat(made.jsonPath().getString("correlationId")).isEqualTo(made.header("X-Correlation-Id"));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs504() {
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/orders/slow")
                .then().statusCode(504).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:gateway-timeout"));
    }

    @Test
    void anUnreachableServiceIs503() {
        given().auth().oauth2(TestTokens.token("wokingham", "rj-worker")).get("/api/victims/anything")
                .then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:unavailable"));
    }

    @Test
    void aClientOverItsRateIsToldWhenToRetry() {
        String token = TestTokens.forSubject("busy-partner-system").authority("wokingham").roles("partner-court").sign();
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            responses.add(given().auth().oauth2(token).get("/api/transfers/echo"));
        }
        Response refused = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();

        assertThat(refused.contentType()).isEqualTo(PROBLEM);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        // another client is not affected
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/transfers/echo").then().statusCode(200);
        // the busy client's bucket takes 10 s to fill again: until then it is one the limiter tracks
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher buckets = Pattern.compile("(?m)^yj_gateway_rate_limiter_buckets(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertThat(buckets.find()).as("the gauge yj_gateway_rate_limiter_buckets").isTrue();
        assertThat(Double.parseDouble(buckets.group(1))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPathNoServiceOwnsIs404() {
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/unknown/thing")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void everyPathOutsideTheApiGoesToTheConsoleWhichSignsUsersInItself() {
        // no token at the gateway: the console's pages sign the user in (cookie session), and answer for themselves
        given().cookie("q_session", "the-console-session").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "4443").header("Forwarded", "host=evil.example")
                .get("/cases/3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f?recorded=court-outcome")
                .then().statusCode(200).header("X-Upstream", "echo")
                .body("path", equalTo("/cases/3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f"))
                .body("query", equalTo("recorded=court-outcome"))
                .body("cookie", equalTo("q_session=the-console-session"))
                // the console builds its sign-in redirect from the browser's address as the gateway saw it, whatever
                // forwarding headers the client sent
                .body("forwardedHost", equalTo(gateway.getAuthority()))
                .body("forwardedPort", org.hamcrest.Matchers.nullValue())
                .body("forwarded", org.hamcrest.Matchers.nullValue());
        given().get("/").then().statusCode(200).body("path", equalTo("/"));
        // the API and Quarkus's own endpoints stay the gateway's
        given().get("/q/health/ready").then().statusCode(200).header("X-Upstream", org.hamcrest.Matchers.nullValue());
        given().get("/api/unknown").then().statusCode(404).contentType(PROBLEM);
        given().get("/apiary").then().statusCode(200).body("path", equalTo("/apiary"));
    }

    @Test
    void apiListsTheServicesWithTheirOpenApiDocuments() {
        given().get("/api").then().statusCode(200)
                .body("services", hasSize(6))
                .body("services.path", hasItems("/api/orders", "/api/reporting"))
                .body("services.find { it.name == 'orders' }.openapi", equalTo("/api/openapi/orders"));
        given().get("/api/openapi/orders").then().statusCode(200).body("openapi", equalTo("3.1.0"));
        // every service's document in one (CombinedOpenApiTest; end to end in GatewaySecurityTest): with one service
        // down here (victims), none rather than a document without its operations
        given().get("/api/openapi").then().statusCode(503).contentType(PROBLEM);
    }

    @Test
    void healthReportsEachDownstreamServiceWithoutMakingTheGatewayUnready() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then()
                .body("checks.find { it.name == 'downstream services' }.data.orders", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.victims", equalTo("DOWN"));
    }

    /**
     * On Kubernetes the Ingress sends every path to the gateway: its own metrics and health answer only a request that
     * did not come through a proxy (Prometheus, the kubelet's probes), while the partner developers' documents stay
     * open. The odd spellings are ones the routes match all the same.
     */
    @Test
    void theGatewaysOwnMetricsAndHealthAreNotServedThroughAProxy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> internal = List.of("/q/metrics", "/q/metrics/", "/q/health", "/q/health/live", "/q/health/ready",
                "/q/health/started", "/q/health/well", "/q//metrics", "/q/./health/ready", "/q/%6Detrics", "/x/../q/health");
        for (String path : internal) {
            for (String[] proxy : List.of(new String[] { "X-Forwarded-For", "203.0.113.7" },
                    new String[] { "Forwarded", "for=203.0.113.7;proto=https" })) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString().replaceAll("/$", "") + path))
                        .header(proxy[0], proxy[1]).build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                String what = path + " with " + proxy[0];
                assertThat(response.statusCode()).as(what).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue(PROBLEM);
                JsonObject problem = new JsonObject(response.body());
                assertThat(problem.getString("type")).as(what).isEqualTo("urn:youth-justice:problem:not-found");
                assertThat(problem.getString("correlationId")).as(what).isNotBlank();
            }
        }
        // directly, as Prometheus and the kubelet call it: served
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        // through a proxy, what partner developers read
        given().header("X-Forwarded-For", "203.0.113.7").get("/q/swagger-ui/").then().statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.7").get("/q/openapi").then().statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.7").get("/api").then().statusCode(200);
    }

    /** A valid token's claims, well formed and signed, but with a key the gateway does not trust. */
    private static String signedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String claims = TestTokens.token("wokingham", "case-worker").split("\\.")[1];
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(new String(Base64.getUrlDecoder().decode(claims), StandardCharsets.UTF_8));
        signature.setKey(generator.generateKeyPair().getPrivate());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        return signature.getCompactSerialization();
    }
}
