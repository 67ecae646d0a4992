package org.youthjustice.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every service must do, whatever its domain: start against real PostgreSQL and Kafka and report
 * ready, publish its OpenAPI document, and take the caller's authority from the verified token only.
 * A service's test extends this with its {@code @QuarkusTest @TestProfile}.
 */
public abstract class ServiceContract {

    /** The service's API root, e.g. {@code /api/orders}. */
    protected abstract String apiRoot();

    @Test
    @DisplayName("readiness is its database, not the broker (the outbox holds events while Kafka is away); the relay's state is in wellness")
    void isReadyWithItsDatabaseAndReportsItsMessagingAsWellness() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Kafka connection health check")));
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.name", hasItem("Outbox relay to Kafka"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("paths.keySet()", hasItem(apiRoot() + "/me"));
    }

    @Test
    @DisplayName("every paged list (query offset and limit) documents X-Total-Count and Link on its 200 and a 400")
    void documentsEveryPagedList() {
        java.util.Map<String, java.util.Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        java.util.List<String> paged = new java.util.ArrayList<>();
        java.util.List<String> undocumented = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!(raw instanceof java.util.Map<?, ?> operation) || !(operation.get("parameters") instanceof java.util.List<?> parameters)) {
                return;
            }
            java.util.Set<Object> query = new java.util.HashSet<>();
            parameters.forEach(p -> {
                if (p instanceof java.util.Map<?, ?> parameter && "query".equals(parameter.get("in"))) {
                    query.add(parameter.get("name"));
                }
            });
            if (!query.contains("offset") || !query.contains("limit")) {
                return;
            }
            paged.add(method + " " + path);
            java.util.Map<?, ?> responses = (java.util.Map<?, ?>) operation.get("responses");
            java.util.Map<?, ?> ok = (java.util.Map<?, ?>) responses.get("200");
            java.util.Map<?, ?> headers = ok == null ? null : (java.util.Map<?, ?>) ok.get("headers");
            if (headers == null || !headers.containsKey("X-Total-Count") || !headers.containsKey("Link")
                    || !responses.containsKey("400")) {
                undocumented.add(method + " " + path);
            }
        }));
        org.junit.jupiter.api.Assertions.assertFalse(paged.isEmpty(), "the service has paged lists");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), undocumented, "paged lists without their paging documented");
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("yj_outbox_pending"));
    }

    @Test
    @DisplayName("X-1: the caller's authority and roles come from the verified token")
    void readsTheCallersAuthorityFromTheToken() {
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker"))
                .header("X-Authority", "nottinghamshire")
                .get(apiRoot() + "/me")
                .then().statusCode(200)
                .body("authority", equalTo("wokingham"))
                .body("roles", hasItem("case-worker"));
    }

    @Test
    @DisplayName("X-1: a verified token without an authority claim may act for no one (403)")
    void refusesATokenWithoutAuthority() {
        given().auth().oauth2(TestTokens.forSubject("no-authority").roles("case-worker").sign())
                .get(apiRoot() + "/me")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesMissingExpiredAndForeignTokens() {
        given().get(apiRoot() + "/me").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forSubject("late").authority("wokingham").expired().sign())
                .get(apiRoot() + "/me").then().statusCode(401);
        given().auth().oauth2(TestTokens.forSubject("elsewhere").authority("wokingham")
                        .issuer("https://other-issuer.test.invalid/realms/youth-justice").sign())
                .get(apiRoot() + "/me").then().statusCode(401);
    }
}
