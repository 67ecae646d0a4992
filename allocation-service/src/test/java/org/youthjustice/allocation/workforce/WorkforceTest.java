package org.youthjustice.allocation.workforce;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.AllocationServiceInfrastructure;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class WorkforceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    private static Map<String, Object> worker(String name, String team, String grade, String gender, Object hours) {
        Map<String, Object> entry = new HashMap<>(Map.of("name", name, "team", team, "grade", grade, "genderIdentity", gender,
                "contractedHours", hours));
        entry.put("locality", "east");
        return entry;
    }

    private static Response put(String token, UUID id, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/allocations/workers/" + id);
    }

    @Test
    @DisplayName("ALC-1, ALC-2: a team's workers with their availability on a day and their capacity; a worker on leave "
            + "is absent until back within 2 working days")
    void workforceWithAvailabilityAndCapacity() {
        String team = "team-" + UUID.randomUUID();
        UUID sam = UUID.randomUUID();
        UUID alex = UUID.randomUUID();
        put(MANAGER, sam, worker("Sam Okafor", team, "band-b", "female", 37)).then().statusCode(201)
                .body("grade", equalTo("band-b")).body("availability.status", equalTo("available"))
                .body("capacity.available", equalTo(40.0f)).body("capacity.percent", equalTo(0))
                .body("capacity.availableSum", equalTo("band-b 40 points full time × 37 of 37 hours = 40"));
        put(MANAGER, alex, worker("Alex Reid", team, "band-a", "male", 18.5)).then().statusCode(201)
                .body("capacity.available", equalTo(18.0f));
        // the same again changes nothing; a change is saved
        put(MANAGER, alex, worker("Alex Reid", team, "band-a", "male", 18.5)).then().statusCode(200);
        put(MANAGER, alex, worker("Alex Reid", team, "band-a", "male", 37)).then().statusCode(200)
                .body("capacity.available", equalTo(36.0f));

        LocalDate today = TestClock.today();
        String absence = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("kind", "planned", "startsOn", today.toString(), "endsOn", today.plusWeeks(2).toString()))
                .post("/api/allocations/workers/" + alex + "/absences").then().statusCode(201).extract().path("id");

        given().auth().oauth2(MANAGER).queryParam("team", team).get("/api/allocations/workers").then().statusCode(200)
                .body("name", containsInAnyOrder("Sam Okafor", "Alex Reid"))
                .body("find { it.name == 'Alex Reid' }.availability.status", equalTo("absent"))
                .body("find { it.name == 'Sam Okafor' }.availability.status", equalTo("available"));
        given().auth().oauth2(MANAGER).queryParam("team", team).queryParam("on", today.plusWeeks(2).toString())
                .get("/api/allocations/workers").then().statusCode(200)
                .body("find { it.name == 'Alex Reid' }.availability.status", equalTo("returning-imminently"));

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("on", today.plusDays(1).toString()))
                .post("/api/allocations/workers/" + alex + "/absences/" + absence + "/return").then().statusCode(400)
                .contentType(PROBLEM);

        given().auth().oauth2(MANAGER).get("/api/allocations/teams/" + team + "/capacity").then().statusCode(200)
                .body("total.available", equalTo(76.0f)).body("total.percent", equalTo(0)).body("total.overThreshold", equalTo(false))
                .body("total.threshold", equalTo(90)).body("workers.name", containsInAnyOrder("Sam Okafor", "Alex Reid"));
    }

    @Test
    @DisplayName("X-1: another authority's workers are not found and not listed; only managers change the workforce; "
            + "bad input is 400 with every field")
    void isolationRolesAndBadInput() {
        String team = "team-" + UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        put(MANAGER, worker, worker("Jo Bloggs", team, "band-a", "female", 37)).then().statusCode(201);

        String elsewhere = TestTokens.token("bracknell-forest", "team-manager");
        given().auth().oauth2(elsewhere).get("/api/allocations/workers/" + worker).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(elsewhere).get("/api/allocations/workers").then().statusCode(200)
                .body("id", not(hasItem(worker.toString())));
        given().auth().oauth2(elsewhere).get("/api/allocations/teams/" + team + "/capacity").then().statusCode(404);
        given().auth().oauth2(elsewhere).contentType(ContentType.JSON)
                .body(Map.of("kind", "unplanned", "startsOn", "2026-11-23")).post("/api/allocations/workers/" + worker + "/absences")
                .then().statusCode(404);
        // the same id in another authority is another authority's record, which this one cannot overwrite
        put(elsewhere, worker, worker("Someone Else", team, "band-a", "female", 37)).then().statusCode(409);

        put(TestTokens.token("wokingham", "case-worker"), worker, worker("Jo Bloggs", team, "band-b", "female", 37))
                .then().statusCode(403);

        Map<String, Object> bad = worker("", team, "band-z", "female", 60);
        put(MANAGER, UUID.randomUUID(), bad).then().statusCode(400).contentType(PROBLEM);
        Map<String, Object> specialist = worker("Dr Who", team, "specialist", "female", 37);
        put(MANAGER, UUID.randomUUID(), specialist).then().statusCode(400).body("violations[0].field", equalTo("specialism"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("kind", "planned", "startsOn", "2026-12-21"))
                .post("/api/allocations/workers/" + worker + "/absences").then().statusCode(400)
                .body("violations[0].field", equalTo("endsOn"));
        given().auth().oauth2(MANAGER).queryParam("on", "tomorrow").get("/api/allocations/workers").then().statusCode(400)
                .body("violations[0].field", equalTo("on"));
    }
}
