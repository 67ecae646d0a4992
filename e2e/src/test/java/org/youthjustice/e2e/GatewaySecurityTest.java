package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tokens at the gateway, end to end: only a valid Keycloak token reaches a service. */
@EndToEnd
class GatewaySecurityTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aValidTokenReachesTheServiceWhichReadsTheAuthorityFromIt(RunningPlatform platform) {
        String correlationId = "e2e-valid-" + UUID.randomUUID();

        request(platform, correlationId).auth().oauth2(platform.token("wokingham-case-worker"))
                .get("/api/orders/me")
                .then().statusCode(200).body("authority", equalTo("wokingham")).body("roles", hasItem("case-worker"));

        await().atMost(Duration.ofSeconds(10)).until(() -> platform.log("order-service").contains(correlationId));
    }

    @Test
    @DisplayName("X-1: a partner system's Keycloak token carries the authority its client is bound to, and the services read it so")
    void aPartnerClientIsBoundToOneAuthority(RunningPlatform platform) throws Exception {
        String token = platform.clientToken("nottinghamshire-court-system");

        JsonNode claims = claims(token);
        assertThat(claims.path("authority").asText()).isEqualTo("nottinghamshire");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("partner-court");
        request(platform, "e2e-partner-" + UUID.randomUUID()).auth().oauth2(token).get("/api/orders/me")
                .then().statusCode(200).body("authority", equalTo("nottinghamshire")).body("roles", hasItem("partner-court"));
    }

    @Test
    @DisplayName("X-1: no token is 401 at the gateway, and the service is never called")
    void noTokenIsRefusedBeforeTheService(RunningPlatform platform) {
        refusedAtTheGateway(platform, request(platform, "e2e-none-" + UUID.randomUUID()));
    }

    @Test
    @DisplayName("X-1: a forged token (another authority written into a real token) is 401, and the service is never called")
    void aForgedTokenIsRefusedBeforeTheService(RunningPlatform platform) throws Exception {
        String[] parts = platform.token("wokingham-team-manager").split("\\.");
        ObjectMapper json = new ObjectMapper();
        ObjectNode claims = (ObjectNode) json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        claims.put("authority", "nottinghamshire");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(claims))
                + "." + parts[2];

        refusedAtTheGateway(platform, request(platform, "e2e-forged-" + UUID.randomUUID()).auth().oauth2(forged));
    }

    @Test
    @DisplayName("X-1: an expired token is 401, and the service is never called")
    void anExpiredTokenIsRefusedBeforeTheService(RunningPlatform platform) throws Exception {
        // the e2e client's tokens live 2 seconds
        String token = platform.keycloak().passwordToken("youth-justice-e2e", "wokingham-case-worker", RunningPlatform.DEMO_PASSWORD);
        JsonNode claims = claims(token);
        Instant expiry = Instant.ofEpochSecond(claims.path("exp").asLong());
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

        refusedAtTheGateway(platform, request(platform, "e2e-expired-" + UUID.randomUUID()).auth().oauth2(token));
    }

    @Test
    void theGatewayListsTheServicesAndTheirApiDocuments(RunningPlatform platform) {
        given().baseUri(platform.gateway()).get("/api").then().statusCode(200)
                .body("services", hasSize(6))
                .body("services.name", hasItems("victims", "reporting"));
        given().baseUri(platform.gateway()).get("/api/openapi/orders").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/orders/me"));
        // the platform's one document: every service's operations, each error answer a problem
        given().baseUri(platform.gateway()).get("/api/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/orders/court-outcomes", "/api/allocations/allocation-requests",
                        "/api/compliance/police-notifications", "/api/transfers/transfers", "/api/victims/tasks",
                        "/api/reporting/timeliness"))
                .body("paths.'/api/orders/court-outcomes'.post.operationId", equalTo("orders.courtOutcome.submit"))
                .body("components.schemas.keySet()", hasItem("orders.Problem"));
        given().baseUri(platform.gateway()).get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theGatewaysHealthReportsEveryService(RunningPlatform platform) {
        given().baseUri(platform.gateway()).get("/q/health").then().statusCode(200)
                .body("checks.find { it.name == 'downstream services' }.data.orders", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.victims", equalTo("UP"));
    }

    /** A token's claims, as a service would read them once it has verified the signature. */
    private static JsonNode claims(String token) throws java.io.IOException {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static RequestSpecification request(RunningPlatform platform, String correlationId) {
        return given().baseUri(platform.gateway()).header("X-Correlation-Id", correlationId);
    }

    /** 401 problem at the gateway; the gateway logged the request and the service never saw it. */
    private static void refusedAtTheGateway(RunningPlatform platform, RequestSpecification request) {
        String correlationId = request.get("/api/orders/me").then()
                .statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:unauthenticated"))
                .extract().header("X-Correlation-Id");

        await().atMost(Duration.ofSeconds(10)).until(() -> platform.log("gateway").contains(correlationId));
        assertThat(platform.log("order-service")).doesNotContain(correlationId);
    }
}
