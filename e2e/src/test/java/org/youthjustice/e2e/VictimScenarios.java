package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the victim scenarios share: the Wokingham case worker and restorative justice worker known to allocation-service
 * under their realm user ids (so that "the case manager" and "my tasks" are the demo users themselves), a child's case
 * that the court adjourns and then sentences, and the police partner's referral once victim-service knows the case.
 */
final class VictimScenarios {
    static final String POLICE = "wokingham-police-system";
    static final String CASE_WORKER = "wokingham-case-worker";
    static final String RJ_WORKER = "wokingham-rj-worker";
    static final String TEAM_MANAGER = "wokingham-team-manager";
    static final String TEAM = "community-orders-unit";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HolidayManager HOLIDAYS = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private VictimScenarios() {
    }

    static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    static RequestSpecification asPolice(RunningPlatform platform) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.clientToken(POLICE)).contentType(ContentType.JSON);
    }

    /** The demo user's realm user id, the token's subject: the id the services know them by as a worker. */
    static UUID workerIdOf(RunningPlatform platform, String username) {
        String payload = platform.token(username).split("\\.")[1];
        try {
            return UUID.fromString(JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                    .path("sub").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** wokingham-case-worker as a Band B case manager of the community orders unit (the same entry from every scenario). */
    static UUID caseWorker(RunningPlatform platform) {
        return worker(platform, CASE_WORKER, Map.of("name", "Wokingham Case Worker", "team", TEAM, "grade", "band-b",
                "genderIdentity", "male", "contractedHours", 37));
    }

    /** wokingham-rj-worker as the authority's restorative justice worker (ALC-11). */
    static UUID rjWorker(RunningPlatform platform) {
        return worker(platform, RJ_WORKER, Map.of("name", "Wokingham Restorative Justice Worker", "team", "restorative-justice",
                "grade", "rj-worker", "genderIdentity", "female", "contractedHours", 37));
    }

    private static UUID worker(RunningPlatform platform, String username, Map<String, Object> entry) {
        UUID id = workerIdOf(platform, username);
        int status = as(platform, TEAM_MANAGER).body(entry).put("/api/allocations/workers/" + id).then().extract().statusCode();
        assertThat(status).as("worker " + username + " added (201) or already there (200)").isIn(200, 201);
        return id;
    }

    /** A boy of 15 with a family name of this run. */
    static Map<String, Object> child(LocalDate today, String familyName) {
        return Map.of("givenName", "Casey", "familyName", familyName + "-" + UUID.randomUUID().toString().substring(0, 8),
                "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "male");
    }

    /** The police partner's referral of a direct victim, consenting to contact today (VIC-9, VIC-2). */
    static Map<String, Object> referral(String caseId, Map<String, Object> details) {
        return Map.of("caseId", caseId, "policeReference", "TVP-E2E-" + UUID.randomUUID(), "victimAskedNotToShare", false,
                "directVictim", true, "consentToContact", true,
                "consentGivenOn", LocalDate.now(ZoneId.of("Europe/London")).toString(), "details", details);
    }

    /** An adult victim's details: held by victim-service only. */
    static Map<String, Object> adult(String name) {
        Map<String, Object> details = new HashMap<>();
        details.put("name", name);
        details.put("dateOfBirth", "1979-03-14");
        details.put("address", "22 Orchard Way, Wokingham RG40 1AB");
        details.put("phone", "07700 900321");
        details.put("email", "victim.e2e@example.invalid");
        details.put("preferredContactMethod", "phone");
        return details;
    }

    /** The child's first hearing, three weeks ago, adjourned for a pre-sentence report to {@code today}: the case opens. */
    static String adjourned(RunningPlatform platform, LocalDate today, Map<String, Object> child, String offence) {
        Map<String, Object> named = new HashMap<>(child);
        named.putIfAbsent("lookedAfter", false);
        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "E2E-" + UUID.randomUUID(), "hearingDate", today.minusWeeks(3).toString(),
                "outcome", "adjourned-for-psr", "nextHearingDate", today.toString(), "child", named,
                "offences", List.of(Map.of("description", offence, "imprisonable", true)));
        return as(platform, "wokingham-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
    }

    /** The child sentenced {@code today} to a youth rehabilitation order (the shared fixture); the case's id. */
    static String sentenced(RunningPlatform platform, LocalDate today, Map<String, Object> child, String offence) {
        return as(platform, "wokingham-court-officer").body(CourtOutcomes.youthRehabilitationOrder(today, child, offence))
                .post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
    }

    /**
     * The police partner's referral, once victim-service knows the case (case.opened over Kafka: until then 404);
     * the answer to the referral that was taken.
     */
    static Response referred(RunningPlatform platform, Map<String, Object> referral) {
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            answer.set(asPolice(platform).body(referral).post("/api/victims/referrals"));
            return answer.get().statusCode() != 404;
        });
        return answer.get();
    }

    /** order.made has reached allocation-service: the case's open request in the community orders unit. */
    static String allocationRequest(RunningPlatform platform, String caseId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, TEAM_MANAGER).queryParam("team", TEAM).queryParam("caseId", caseId)
                .get("/api/allocations/allocation-requests").jsonPath().getList("caseId").contains(caseId));
        return as(platform, TEAM_MANAGER).queryParam("team", TEAM).queryParam("caseId", caseId).get("/api/allocations/allocation-requests").jsonPath()
                .getString("find { it.caseId == '" + caseId + "' }.id");
    }

    /**
     * The victim risk flags on the case as {@code user} sees it in order-service (VIC-5): none while the case is not
     * theirs to see yet (the allocation still on its way there).
     */
    static List<String> riskFlagsSeenBy(RunningPlatform platform, String user, String caseId) {
        Response caseFile = as(platform, user).get("/api/orders/cases/" + caseId);
        return caseFile.statusCode() == 200 ? caseFile.jsonPath().getList("victimRiskFlags.flag", String.class) : List.of();
    }

    /** Working days in England (weekends and bank holidays skipped), from the same holiday source as the services. */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int added = 0; added < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < 6 && !HOLIDAYS.isHoliday(day, "eng")) {
                added++;
            }
        }
        return day;
    }
}
