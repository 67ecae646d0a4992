package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** From sentence to first contact across services: the order in order-service, its allocation in allocation-service, over Kafka. */
@EndToEnd
class AllocationFlowTest {
    private static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    /** A girl sentenced to a youth rehabilitation order at Reading Youth Court today; her case's id. */
    private static String sentenced(RunningPlatform platform, LocalDate today) {
        Map<String, Object> outcome = CourtOutcomes.youthRehabilitationOrder(today, Map.of("givenName", "Amy",
                "familyName", "Allocated-" + UUID.randomUUID().toString().substring(0, 8),
                "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "female"), "theft");
        return as(platform, "wokingham-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
    }

    private static UUID worker(RunningPlatform platform, String team, String name, String grade, String gender) {
        UUID id = UUID.randomUUID();
        as(platform, "wokingham-team-manager").body(Map.of("name", name, "team", team, "grade", grade, "genderIdentity", gender,
                "contractedHours", 37)).put("/api/allocations/workers/" + id).then().statusCode(201);
        return id;
    }

    /** order.made has reached allocation-service: the request in the team order-service routed the order to (ORD-15). */
    private static String requestFor(RunningPlatform platform, String caseId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "wokingham-team-manager")
                .queryParam("team", "community-orders-unit").queryParam("caseId", caseId).get("/api/allocations/allocation-requests")
                .jsonPath().getList("caseId").contains(caseId));
        return as(platform, "wokingham-team-manager").queryParam("team", "community-orders-unit").queryParam("caseId", caseId)
                .get("/api/allocations/allocation-requests").jsonPath().getString("find { it.caseId == '" + caseId + "' }.id");
    }

    @Test
    @DisplayName("ALC-3, MIL-2 end to end: order made → a request in the routed team → allocated to a female Band B case "
            + "manager → order-service's first contact due in 3 working days")
    void orderMadeIsAllocatedAndFirstContactFallsDue(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID caseManager = worker(platform, "community-orders-unit", "Amira Hussain", "band-b", "female");
        String caseId = sentenced(platform, today);

        String request = requestFor(platform, caseId);
        as(platform, "wokingham-team-manager").get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("proposal.candidates.find { it.workerId == '" + caseManager + "' }.breaks.size()", equalTo(0));
        as(platform, "wokingham-team-manager").body(Map.of("workerId", caseManager.toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201);

        // case.allocated reaches order-service: first contact (MIL-2) is due 3 working days after allocation
        String due = addWorkingDays(today, 3).toString();
        await().atMost(Duration.ofSeconds(60)).until(() -> due.equals(as(platform, "wokingham-team-manager")
                .get("/api/orders/cases/" + caseId).jsonPath().getString("milestones.find { it.step == 'first-contact' }.dueDate")));
        as(platform, "wokingham-team-manager").get("/api/orders/cases/" + caseId).then().statusCode(200)
                .body("allocation.caseManager", equalTo(caseManager.toString())).body("allocation.band", equalTo("band-b"));
    }

    @Test
    @DisplayName("ALC-10 end to end: allocated in one team → transfer proposed, endorsed, allocated in the receiving team → "
            + "the three-way meeting → order-service's case and its open milestones move to the new team and case manager")
    void internalTransferMovesTheCase(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String east = "east-locality-" + UUID.randomUUID().toString().substring(0, 8);
        UUID amira = worker(platform, "community-orders-unit", "Amira Hussain", "band-b", "female");
        UUID nia = worker(platform, east, "Nia Evans", "band-b", "female");
        String caseId = sentenced(platform, today);
        as(platform, "wokingham-team-manager").body(Map.of("workerId", amira.toString()))
                .post("/api/allocations/allocation-requests/" + requestFor(platform, caseId) + "/decision").then().statusCode(201);

        String transfer = as(platform, "wokingham-team-manager").body(Map.of("toTeam", east, "reason",
                        "Moved for good to her aunt's in the east; 11 months left; she wants a worker near home."))
                .post("/api/allocations/cases/" + caseId + "/internal-transfers").then().statusCode(201).extract().path("id");
        as(platform, "wokingham-advanced-practitioner").body(Map.of("decision", "endorsed"))
                .post("/api/allocations/internal-transfers/" + transfer + "/endorsement").then().statusCode(200)
                .body("allocationDueDate", equalTo(addWorkingDays(today, 2).toString()));
        // the service manager acts for the receiving team here: the demo realm's team managers are all in one team
        as(platform, "wokingham-service-manager").body(Map.of("workerId", nia.toString()))
                .post("/api/allocations/internal-transfers/" + transfer + "/allocation").then().statusCode(200)
                .body("meetingDueDate", equalTo(addWorkingDays(today, 5).toString()));
        as(platform, "wokingham-service-manager").body(Map.of("heldOn", today.toString(), "outcome", "held"))
                .post("/api/allocations/internal-transfers/" + transfer + "/meeting").then().statusCode(200)
                .body("status", equalTo("completed"));

        // internal-transfer.completed reaches order-service: the case and its open milestones are the east team's
        await().atMost(Duration.ofSeconds(60)).until(() -> nia.toString().equals(as(platform, "wokingham-team-manager")
                .get("/api/orders/cases/" + caseId).jsonPath().getString("allocation.caseManager")));
        as(platform, "wokingham-team-manager").get("/api/orders/cases/" + caseId).then().statusCode(200)
                .body("allocation.team", equalTo(east))
                .body("milestones.find { it.step == 'first-contact' }.responsibleWorker", equalTo(nia.toString()));
    }

    /** Working days in England (weekends and bank holidays skipped), worked out here rather than asked of a service. */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        LocalDate day = from;
        for (int added = 0; added < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < 6 && !holidays.isHoliday(day, "eng")) {
                added++;
            }
        }
        return day;
    }
}
