package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class OperationsTest {

    @Test
    void readinessIsUpWithRealDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void theOutboxBacklogIsAMetric() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("yj_outbox_pending"));
    }
}
