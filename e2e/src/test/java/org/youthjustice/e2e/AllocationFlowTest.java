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

    @Test
    @DisplayName("ALC-3, MIL-2 end to end: order made → a request in the routed team → allocated to a female Band B case "
            + "manager → order-service's first contact due in 3 working days")
    void orderMadeIsAllocatedAndFirstContactFallsDue(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID caseManager = UUID.randomUUID();
        as(platform, "wokingham-team-manager").body(Map.of("name", "Amira Hussain", "team", "community-orders-unit",
                        "grade", "band-b", "genderIdentity", "female", "contractedHours", 37))
                .put("/api/allocations/workers/" + caseManager).then().statusCode(201);

        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "E2E-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "sentenced",
                "child", Map.of("givenName", "Amy", "familyName", "Allocated-" + UUID.randomUUID().toString().substring(0, 8),
                        "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "female", "lookedAfter", false),
                "offences", List.of(Map.of("description", "theft", "imprisonable", true)),
                "order", Map.of("type", "youth-rehabilitation-order", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "requirements", List.of(Map.of("type", "supervision")),
                        "custodyThresholdPassed", false, "persistentOffender", false));
        String caseId = as(platform, "wokingham-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");

        // order.made reaches allocation-service: a request in the team order-service routed the order to (ORD-15)
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "wokingham-team-manager")
                .queryParam("team", "community-orders-unit").get("/api/allocations/allocation-requests")
                .jsonPath().getList("caseId").contains(caseId));
        String request = as(platform, "wokingham-team-manager").queryParam("team", "community-orders-unit")
                .get("/api/allocations/allocation-requests").jsonPath().getString("find { it.caseId == '" + caseId + "' }.id");
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

    /** Working days in England (weekends and bank holidays skipped), worked out here rather than asked of a service. */
    private static LocalDate addWorkingDays(LocalDate from, int days) {
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
