package org.youthjustice.allocation.workforce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    /** The service's database, read and written past the service (and its tenancy filter) where a test needs to. */
    @Inject
    AgroalDataSource dataSource;

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

    /**
     * a PUT by {@code elsewhere} of another authority's worker id answers 404, shaped as every 404 of the service,
     * and writes nothing: the worker, read back as its own authority ({@code owner}), is unchanged, its row too;
     * {@code elsewhere} still has no such worker.
     */
    private void foreignWorkerIsNotFoundAndUnchanged(String owner, String elsewhere, UUID id, Map<String, Object> body,
            String ownName) {
        String before = given().auth().oauth2(owner).get("/api/allocations/workers/" + id).then().statusCode(200)
                .body("name", equalTo(ownName)).extract().asString();
        Map<String, Object> rowBefore = row(id);
        Response noSuchWorker = given().auth().oauth2(elsewhere).get("/api/allocations/workers/" + UUID.randomUUID());
        noSuchWorker.then().statusCode(404).contentType(PROBLEM);

        put(elsewhere, id, body).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo(noSuchWorker.path("type"))).body("title", equalTo(noSuchWorker.path("title")))
                .body("status", equalTo(404)).body("detail", equalTo("worker " + id + " was not found"));

        String after = given().auth().oauth2(owner).get("/api/allocations/workers/" + id).then().statusCode(200)
                .body("name", equalTo(ownName)).extract().asString();
        assertThat(after).as("the worker read back as its own authority").isEqualTo(before);
        assertThat(row(id)).as("the worker's row").isEqualTo(rowBefore);
        given().auth().oauth2(elsewhere).get("/api/allocations/workers/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    /** The worker's row as stored, whichever authority's (read past the tenancy filter). */
    private Map<String, Object> row(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from worker where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                Map<String, Object> row = new HashMap<>();
                if (rows.next()) {
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        row.put(rows.getMetaData().getColumnName(column), rows.getObject(column));
                    }
                }
                assertThat(rows.next()).isFalse();
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        // the same id in another authority is another authority's record, which this one cannot overwrite: not found
        foreignWorkerIsNotFoundAndUnchanged(MANAGER, elsewhere, worker, worker("Someone Else", team, "band-a", "female", 37), "Jo Bloggs");

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

    @Test
    @DisplayName("X-1: PUT of another authority's worker id is 404 (problem, like any 404), never 409; that worker is unchanged "
            + "and nothing is written in the caller's authority")
    void putOfAnotherAuthoritysWorkerIdIsNotFound() {
        String team = "team-" + UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        Map<String, Object> own = worker("Jo Bloggs", team, "band-b", "female", 37);
        put(MANAGER, worker, own).then().statusCode(201);

        // a change, and the very same values (which for the owner would be 200 "the same as before")
        foreignWorkerIsNotFoundAndUnchanged(MANAGER, TestTokens.token("bracknell-forest", "team-manager"), worker,
                worker("Someone Else", "their-team", "band-a", "male", 18.5), "Jo Bloggs");
        foreignWorkerIsNotFoundAndUnchanged(MANAGER, TestTokens.token("bracknell-forest", "service-manager"), worker, own,
                "Jo Bloggs");
        given().auth().oauth2(TestTokens.token("bracknell-forest", "team-manager")).queryParam("team", team)
                .get("/api/allocations/workers").then().statusCode(200).body("id", not(hasItem(worker.toString())));
        // the owner still changes their own worker
        put(MANAGER, worker, worker("Jo Bloggs", team, "band-b", "female", 30)).then().statusCode(200)
                .body("name", equalTo("Jo Bloggs"));
    }

    @Test
    @DisplayName("X-1: a worker id another authority takes at the same moment is 404, not 409 or 500, and nothing is written; "
            + "taken at the same moment by the caller's own authority it stays 409")
    void putRacingAnotherAuthoritysInsertIsNotFound() throws Exception {
        String team = "team-" + UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        Response answer = putWhileAnInsertIsUnderWay("bracknell-forest", theirs, "Their Worker", team,
                worker("Jo Bloggs", team, "band-b", "female", 37));
        answer.then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404))
                .body("detail", equalTo("worker " + theirs + " was not found"));
        // theirs, as they wrote it; none here
        given().auth().oauth2(TestTokens.token("bracknell-forest", "team-manager")).get("/api/allocations/workers/" + theirs)
                .then().statusCode(200).body("name", equalTo("Their Worker")).body("grade", equalTo("band-a"));
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + theirs).then().statusCode(404).contentType(PROBLEM);
        assertThat(row(theirs)).containsEntry("authority", "bracknell-forest").containsEntry("name", "Their Worker")
                .containsEntry("version", 0);

        UUID ours = UUID.randomUUID();
        putWhileAnInsertIsUnderWay("wokingham", ours, "Our Worker", team, worker("Jo Bloggs", team, "band-b", "female", 37))
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + ours).then().statusCode(200)
                .body("name", equalTo("Our Worker"));
    }

    /**
     * The race: {@code authority} inserts worker {@code id} in a transaction of its own and has not committed when the
     * PUT (by {@link #MANAGER}, of wokingham) looks the id up, so the look-up finds it free; the PUT's insert then waits
     * on the primary key until that transaction commits, and is refused.
     */
    private Response putWhileAnInsertIsUnderWay(String authority, UUID id, String name, String team, Map<String, Object> body)
            throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            boolean committed = false;
            try {
                try (PreparedStatement insert = holder.prepareStatement("""
                        insert into worker (id, authority, name, team, locality, grade, gender_identity, contracted_hours, active,
                                            changed_by, changed_at, version)
                        values (?, ?, ?, ?, 'east', 'BAND_A', 'female', 37, true, 'elsewhere', now(), 0)""")) {
                    insert.setObject(1, id);
                    insert.setString(2, authority);
                    insert.setString(3, name);
                    insert.setString(4, team);
                    insert.executeUpdate();
                }
                int holderPid = backendPid(holder);
                CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> put(MANAGER, id, body));
                await().atMost(Duration.ofSeconds(30)).until(() -> answer.isDone() || blocksAnother(holderPid));
                assertThat(answer).as("the PUT waits for the other insert, having found the id free").isNotDone();
                holder.commit();
                committed = true;
                return answer.get(30, TimeUnit.SECONDS);
            } finally {
                if (!committed) {
                    holder.rollback();
                }
            }
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select pg_backend_pid()"); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Whether a session waits on a lock that session {@code pid} holds. */
    private boolean blocksAnother(int pid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            select.setInt(1, pid);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }
}
