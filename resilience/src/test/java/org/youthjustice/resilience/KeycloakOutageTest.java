package org.youthjustice.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;

/** R7: Keycloak stopped and started again. */
@EndToEnd
@Order(1_073_741_893)
class KeycloakOutageTest {
    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 15_000));

    @Test
    @DisplayName("R7 Keycloak stopped: tokens issued before keep working (cached keys), new logins fail cleanly, all recovers when it returns")
    void theIdentityProviderGoesAwayAndComesBack(RunningPlatform platform) {
        Map<String, String> issuedBefore = new LinkedHashMap<>();
        issuedBefore.put("wokingham-team-manager", platform.login("wokingham-team-manager"));
        issuedBefore.put("nottinghamshire-case-worker", platform.login("nottinghamshire-case-worker"));
        issuedBefore.put("client:wokingham-court-system", platform.clientToken("wokingham-court-system"));

        platform.kill("keycloak");
        int checked = 0;
        try {
            // through the gateway and at each service directly: the signature is checked against the cached keys
            for (String service : platform.routes().values()) {
                String token = issuedBefore.get("wokingham-team-manager");
                int status = given().config(BOUNDED).baseUri(platform.gateway()).auth().oauth2(token)
                        .get("/api/" + service + "/me").statusCode();
                assertThat(status).as("%s through the gateway while Keycloak is down", service).isEqualTo(200);
                checked++;
            }
            for (String service : platform.services().values()) {
                for (String token : issuedBefore.values()) {
                    assertThat(given().config(BOUNDED).baseUri(service).auth().oauth2(token).get(mePath(platform, service)).statusCode())
                            .as("%s directly while Keycloak is down", service).isEqualTo(200);
                    checked++;
                }
            }
            // a token the platform cannot verify now (garbage, or a key it has never seen) is 401, at once, not a 5xx or a hang
            for (String service : platform.services().values()) {
                given().config(BOUNDED).baseUri(service).auth().oauth2("eyJhbGciOiJSUzI1NiIsImtpZCI6InVua25vd24ifQ.e30.c2ln")
                        .get(mePath(platform, service)).then().statusCode(401);
            }
            // a new login fails, cleanly, at Keycloak's door
            assertThatThrownBy(() -> platform.login("wokingham-case-worker")).isNotNull();
        } finally {
            platform.startAgain("keycloak");
        }

        String fresh = platform.login("wokingham-case-worker");
        for (String route : platform.routes().values()) {
            assertThat(given().config(BOUNDED).baseUri(platform.gateway()).auth().oauth2(fresh).get("/api/" + route + "/me").statusCode())
                    .as("%s after Keycloak is back", route).isEqualTo(200);
        }
        System.out.printf("%nR7 Keycloak stopped: %d requests with tokens issued before the outage answered 200 through the gateway"
                + " and at each service directly; new logins refused while it was down; a new token works everywhere after its"
                + " restart%n", checked);
    }

    /** The "who am I" endpoint of a service, by its own address: {@code /api/<route>/me}. */
    private static String mePath(RunningPlatform platform, String serviceUrl) {
        String module = platform.services().entrySet().stream().filter(e -> e.getValue().equals(serviceUrl)).findFirst().orElseThrow().getKey();
        return "/api/" + platform.routes().get(module) + "/me";
    }
}
