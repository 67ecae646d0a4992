package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.TestTokens;
import org.youthjustice.tokens.VerifiedTokens;

/**
 * A bearer token verified in full once is remembered until it expires (platform/tokens): the same token on the next
 * request is the same caller without being verified again, and nothing is accepted that the full verification refuses.
 */
@QuarkusTest
@TestProfile(RealInfrastructure.class)
class RememberedTokensTest {
    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    @DisplayName("X-1: a token verified once is remembered, and the next request with it is the same caller and authority")
    void aVerifiedTokenIsRemembered() {
        String token = RealmUsers.token("wokingham-case-worker");
        assertThat(verifiedTokens.remembers(token)).isFalse();

        given().auth().oauth2(token).get("/me").then().statusCode(200).body("authority", equalTo("wokingham"));
        assertThat(verifiedTokens.remembers(token)).isTrue();
        given().auth().oauth2(token).get("/me").then().statusCode(200)
                .body("authority", equalTo("wokingham"))
                .body("username", equalTo("wokingham-case-worker"))
                .body("roles", equalTo(java.util.List.of("case-worker")));
        given().auth().oauth2(token).get("/request-seen").then().statusCode(200).body("remembered", equalTo("true"));
    }

    @Test
    @DisplayName("X-1: a remembered token altered in its signature or its claims is refused")
    void anAlteredTokenIsRefused() {
        String token = RealmUsers.token("wokingham-case-worker");
        given().auth().oauth2(token).get("/me").then().statusCode(200);
        String[] parts = token.split("\\.");
        String signature = parts[2];
        String otherSignature = signature.substring(0, signature.length() - 2)
                + (signature.charAt(signature.length() - 2) == 'A' ? 'B' : 'A') + signature.charAt(signature.length() - 1);
        String otherClaims = RealmUsers.token("nottinghamshire-case-worker").split("\\.")[1];

        for (String altered : new String[] { parts[0] + "." + parts[1] + "." + otherSignature,
                parts[0] + "." + otherClaims + "." + signature }) {
            given().auth().oauth2(altered).get("/me").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    @DisplayName("X-1: a remembered token is refused once it expires")
    void aRememberedTokenExpires() {
        String token = TestTokens.forSubject("short-lived").authority("wokingham").roles("case-worker")
                .validFor(Duration.ofSeconds(10)).sign();
        given().auth().oauth2(token).get("/me").then().statusCode(200);
        given().auth().oauth2(token).get("/request-seen").then().statusCode(200).body("remembered", equalTo("true"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().auth().oauth2(token).get("/me").then().statusCode(401));
        assertThat(verifiedTokens.remembers(token)).isFalse();
    }

    @Test
    @DisplayName("the next request with a verified token is answered from memory, with an identity that belongs to that request")
    void aRememberedIdentityBelongsToItsRequest() {
        String token = RealmUsers.token("wokingham-team-manager");
        given().auth().oauth2(token).get("/request-seen?n=1").then().statusCode(200)
                .body("uri", equalTo("/request-seen?n=1"))
                .body("remembered", equalTo("false"));
        assertThat(verifiedTokens.remembers(token)).isTrue();

        given().auth().oauth2(token).get("/request-seen?n=2").then().statusCode(200)
                .body("uri", equalTo("/request-seen?n=2"))
                .body("caller", equalTo("wokingham-team-manager"))
                .body("remembered", equalTo("true"));
    }
}
