package org.youthjustice.transfers.packages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.checklist;
import static org.youthjustice.transfers.TransferRequests.manager;
import static org.youthjustice.transfers.TransferRequests.openedCase;
import static org.youthjustice.transfers.TransferRequests.outboxEventsAbout;
import static org.youthjustice.transfers.TransferRequests.summary;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.TestClock;
import org.youthjustice.transfers.TransferServiceInfrastructure;

@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class PackageTest {
    private static final String PACKAGES = ROOT + "/packages";
    private static final String PROBLEM = "application/problem+json";
    private static final String PDF = "application/pdf";

    @Inject
    DataSource dataSource;

    private static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PACKAGES + path);
    }

    private static Response document(String token, String id, String accept) {
        return given().auth().oauth2(token).accept(accept).get(PACKAGES + "/" + id + "/document");
    }

    /** An outgoing package as the home authority's case worker sends it, of a case of its own. */
    private static Map<String, Object> sending(String home, String receivingService, String kind, Map<String, Object> summary) {
        return sending(openedCase(home), receivingService, kind, summary);
    }

    /** An outgoing package of the case {@code caseId}, whoever holds it. */
    private static Map<String, Object> sending(UUID caseId, String receivingService, String kind, Map<String, Object> summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("kind", kind);
        body.put("receivingService", receivingService);
        body.put("decidedOn", TestClock.today().toString());
        body.put("summary", summary);
        body.put("checklist", checklist());
        return body;
    }

    /** A package {@code home} sent to Cornwall YJS; its id. */
    private static String sent(String home) {
        return post(caseWorker(home), "", sending(home, "Cornwall YJS", "full", summary())).then().statusCode(201).extract().path("id");
    }

    /** A package document as another service's system writes it. */
    private static Map<String, Object> arriving(String fromService, String toService, String kind, UUID packageId, int version) {
        Map<String, Object> document = new HashMap<>();
        document.put("format", "yj-transfer-package");
        document.put("version", 1);
        document.put("packageId", packageId.toString());
        document.put("packageVersion", version);
        document.put("kind", kind);
        document.put("fromService", fromService);
        document.put("toService", toService);
        document.put("decidedOn", TestClock.today().minusDays(1).toString());
        document.put("sentAt", TestClock.now().minusSeconds(3600).toString());
        document.put("sentBy", "Jan Penrose");
        document.put("summary", summary());
        document.put("checklist", checklist());
        return document;
    }

    private static Map<String, Object> answer(String answer, String answeredOn, String... reasons) {
        return Map.of("answer", answer, "reasons", List.of(reasons), "answeredOn", answeredOn,
                "answeredBy", "Jan Penrose, team manager, Cornwall YJS");
    }

    private static Map<String, Object> resending(String whatChanged) {
        return Map.of("summary", summary(), "checklist", checklist(), "whatChanged", whatChanged);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The audit trail of a package: authority, action and rationale of each entry, oldest first. */
    private List<List<String>> audit(String packageId) throws SQLException {
        List<List<String>> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select authority, action, rationale from platform.audit_entry where record_type = 'transfer-package' "
                        + "and record_id = ? order by position")) {
            query.setString(1, packageId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(java.util.Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return entries;
    }

    @Test
    @DisplayName("TRF-17: a package to a service outside the partnership is sent with its TRF-4 time limit, downloaded as JSON and as "
            + "a PDF, and the receiving service's answer recorded once per version; sent again after a stay (TRF-6); audited")
    void outgoingPackage() throws IOException, SQLException {
        TestClock.today("2026-11-24");
        String home = caseWorker("wokingham");
        String homeManager = manager("wokingham");
        Map<String, Object> body = sending("wokingham", "Cornwall YJS", "full", summary());
        String id = post(home, "", body).then().statusCode(201).contentType(ContentType.JSON)
                .body("direction", equalTo("outgoing")).body("authority", equalTo("wokingham")).body("status", equalTo("sent"))
                .body("kind", equalTo("full")).body("fromService", equalTo("wokingham")).body("toService", equalTo("Cornwall YJS"))
                .body("version", equalTo(1)).body("caseId", equalTo(body.get("caseId"))).body("decidedOn", equalTo("2026-11-24"))
                .body("requestTimeLimit.rule", equalTo("TRF-4")).body("requestTimeLimit.dueDate", equalTo("2026-11-25"))
                .body("requestTimeLimit.status", equalTo("met")).body("summary.childName", equalTo("Sam Taylor"))
                .body("checklist", hasSize(13)).body("answers", hasSize(0)).body("awaitingCaseOpening", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(home).get(PACKAGES + "/" + id).then().statusCode(200).body("status", equalTo("sent"));
        given().auth().oauth2(home).get(PACKAGES).then().statusCode(200).body("outgoing.id", hasItem(id))
                .body("incoming.id", not(hasItem(id)));

        // for the receiving system: the machine-readable package
        document(home, id, "application/json").then().statusCode(200).contentType(ContentType.JSON)
                .body("format", equalTo("yj-transfer-package")).body("version", equalTo(1)).body("packageId", equalTo(id))
                .body("packageVersion", equalTo(1)).body("kind", equalTo("full")).body("fromService", equalTo("wokingham"))
                .body("toService", equalTo("Cornwall YJS")).body("decidedOn", equalTo("2026-11-24")).body("sentAt", notNullValue())
                .body("sentBy", notNullValue()).body("summary.childName", equalTo("Sam Taylor"))
                .body("summary.orders[0].type", equalTo("youth rehabilitation order")).body("checklist", hasSize(13))
                .body("checklist.find { it.item == 'pre-sentence-report' }.answer", equalTo("attached"));
        // with no preference, JSON
        given().auth().oauth2(home).get(PACKAGES + "/" + id + "/document").then().statusCode(200).contentType(ContentType.JSON)
                .body("format", equalTo("yj-transfer-package"));
        // for people: a PDF, named by the package, never the child
        Response pdf = document(home, id, PDF);
        pdf.then().statusCode(200).contentType(PDF).header("Content-Disposition", containsString(id))
                .header("Content-Disposition", not(containsString("Taylor")));
        byte[] bytes = pdf.asByteArray();
        assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(text(bytes)).contains("Sam Taylor", "Name of young person", "WOK-2026-0042", "Cornwall YJS",
                "Pre-Sentence Report", "Documents required");
        document(home, id, "text/plain").then().statusCode(406);

        // the receiving service's answer, recorded by a manager of the home authority
        post(home, "/" + id + "/answer", answer("stayed", "2026-11-24", "AssetPlus is older than a month")).then().statusCode(403);
        post(homeManager, "/" + id + "/answer", Map.of("answer", "stayed", "answeredOn", "2026-11-24", "answeredBy", "Jan Penrose"))
                .then().statusCode(400).contentType(PROBLEM).body("violations.rule", contains("TRF-6"));
        post(homeManager, "/" + id + "/answer", answer("stayed", "2026-11-25", "AssetPlus is older than a month")).then()
                .statusCode(400).body("violations.field", contains("answeredOn"));
        post(homeManager, "/" + id + "/answer", answer("stayed", "2026-11-24", "AssetPlus is older than a month")).then()
                .statusCode(201).body("status", equalTo("stayed")).body("answers", hasSize(1))
                .body("answers[0].version", equalTo(1)).body("answers[0].answer", equalTo("stayed"))
                .body("answers[0].reasons", contains("AssetPlus is older than a month"))
                .body("answers[0].answeredOn", equalTo("2026-11-24"))
                .body("answers[0].answeredBy", equalTo("Jan Penrose, team manager, Cornwall YJS"))
                .body("answers[0].recordedBy", notNullValue());
        // once per version
        post(homeManager, "/" + id + "/answer", answer("accepted", "2026-11-24", "Complete")).then().statusCode(409)
                .contentType(PROBLEM).body("violations.rule", contains("TRF-17"));

        // TRF-6: sent again with what was missing, as version 2
        TestClock.today("2026-11-26");
        post(home, "/" + id + "/versions", resending("AssetPlus updated on 25 November")).then().statusCode(201)
                .body("version", equalTo(2)).body("status", equalTo("sent")).body("whatChanged", equalTo("AssetPlus updated on 25 November"));
        post(home, "/" + id + "/versions", resending("again")).then().statusCode(409).body("violations.rule", contains("TRF-6"));
        document(home, id, "application/json").then().statusCode(200).body("packageVersion", equalTo(2))
                .body("whatChanged", equalTo("AssetPlus updated on 25 November"));
        post(homeManager, "/" + id + "/answer", answer("accepted", "2026-11-25", "Complete")).then().statusCode(400)
                .body("violations.field", contains("answeredOn"));
        post(homeManager, "/" + id + "/answer", answer("accepted", "2026-11-26", "Complete and of good quality")).then()
                .statusCode(201).body("status", equalTo("accepted")).body("answers.version", contains(1, 2))
                .body("answers.answer", contains("stayed", "accepted"));
        post(home, "/" + id + "/versions", resending("after acceptance")).then().statusCode(409);
        post(homeManager, "/" + id + "/case-opened", Map.of("caseId", UUID.randomUUID().toString())).then().statusCode(409)
                .body("violations.rule", contains("TRF-17"));

        // each change audited in the home authority, without the child's personal data
        List<List<String>> trail = audit(id);
        assertThat(trail).extracting(entry -> entry.get(1)).containsExactly("transfer-package.sent", "transfer-package.stayed",
                "transfer-package.sent-again", "transfer-package.accepted");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.get(0)).isEqualTo("wokingham");
            assertThat(String.valueOf(entry.get(2))).doesNotContain("Sam Taylor").doesNotContain("Taylor");
        });
        assertThat(trail.get(1).get(2)).contains("Jan Penrose", "AssetPlus is older than a month");
    }

    @Test
    @DisplayName("TRF-17, TRF-3, TRF-5, TRF-10, TRF-11: a package to a partnership authority, however named, is refused (request it "
            + "on the platform), every broken rule listed together (422); invalid fields 400; nothing stored")
    void refusals() {
        String home = caseWorker("windsor-and-maidenhead");
        Map<String, Object> broken = summary();
        broken.put("lookedAfter", true);
        broken.put("mappa", Map.of("category", 2, "level", 2, "homeMeetingEndorsed", "no", "receivingCoordinatorAlerted", "yes"));
        broken.put("parentingOrders", List.of(Map.of("parent", "father", "movesWithChildsOrder", false)));
        Map<String, Object> body = sending("windsor-and-maidenhead", "Nottinghamshire YJS", "full", broken);
        List<Map<String, Object>> incomplete = checklist();
        incomplete.remove(incomplete.size() - 1);
        body.put("checklist", incomplete);
        post(home, "", body).then().statusCode(422).contentType(PROBLEM)
                .body("violations.rule", containsInAnyOrder("TRF-17", "TRF-3", "TRF-10", "TRF-11", "TRF-5"))
                .body("violations.find { it.rule == 'TRF-17' }.field", equalTo("receivingService"))
                .body("violations.find { it.rule == 'TRF-17' }.message", containsString("request the transfer on the platform"));
        post(home, "", sending("windsor-and-maidenhead", "reading", "caretaking", summary())).then().statusCode(422)
                .body("violations.rule", contains("TRF-17"));
        post(home, "", sending("windsor-and-maidenhead", "windsor-and-maidenhead", "caretaking", summary())).then().statusCode(422)
                .body("violations.rule", contains("TRF-17"));

        post(home, "", Map.of("kind", "full")).then().statusCode(400).contentType(PROBLEM).body("violations.field",
                containsInAnyOrder("caseId", "receivingService", "decidedOn", "summary", "checklist"));
        Map<String, Object> future = sending("windsor-and-maidenhead", "Cornwall YJS", "full", summary());
        future.put("decidedOn", TestClock.today().plusDays(1).toString());
        post(home, "", future).then().statusCode(400).body("violations.field", contains("decidedOn"));
        post(home, "", "{not json").then().statusCode(400).contentType(PROBLEM);

        given().auth().oauth2(home).get(PACKAGES).then().statusCode(200).body("outgoing", hasSize(0)).body("incoming", hasSize(0));
    }

    @Test
    @DisplayName("X-1, TRF-17: a package is its own authority's record only: another authority gets 404 for every package URL and "
            + "never sees it listed or in its tasks")
    void otherAuthoritiesGetNotFound() {
        String outgoing = sent("wokingham");
        String incoming = post(manager("nottinghamshire"), "/imports", arriving("Cornwall YJS", "Nottinghamshire YJS", "full",
                UUID.randomUUID(), 1)).then().statusCode(201).extract().path("id");
        String caseId = UUID.randomUUID().toString();
        for (String[] strangerAndPackage : new String[][] { { "nottinghamshire", outgoing }, { "wokingham", incoming },
                { "reading", outgoing }, { "reading", incoming } }) {
            String stranger = manager(strangerAndPackage[0]);
            String id = strangerAndPackage[1];
            given().auth().oauth2(stranger).get(PACKAGES + "/" + id).then().statusCode(404).contentType(PROBLEM);
            document(stranger, id, "application/json").then().statusCode(404).contentType(PROBLEM);
            document(stranger, id, PDF).then().statusCode(404).contentType(PROBLEM);
            post(stranger, "/" + id + "/answer", answer("rejected", TestClock.today().toString(), "Not ours")).then().statusCode(404);
            post(stranger, "/" + id + "/versions", resending("Not ours")).then().statusCode(404);
            post(stranger, "/" + id + "/case-opened", Map.of("caseId", caseId)).then().statusCode(404);
            given().auth().oauth2(stranger).get(PACKAGES).then().statusCode(200).body("outgoing.id", not(hasItem(id)))
                    .body("incoming.id", not(hasItem(id)));
            given().auth().oauth2(stranger).get(ROOT + "/tasks").then().statusCode(200).body("packageId", not(hasItem(id)));
        }
        // the same URLs answer the authority whose package it is
        given().auth().oauth2(caseWorker("wokingham")).get(PACKAGES + "/" + outgoing).then().statusCode(200);
        given().auth().oauth2(caseWorker("nottinghamshire")).get(PACKAGES + "/" + incoming).then().statusCode(200);
        given().auth().oauth2(manager("nottinghamshire")).get(PACKAGES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("X-1, TRF-17: a package of another authority's case, or of a case unknown here, is 404 alike (\"case <id>\"): "
            + "nothing stored, nothing in either authority's list, no event; the authority holding the case sends it (201)")
    void packageOnlyOfACaseTheAuthorityHolds() throws SQLException {
        UUID wokinghamCase = openedCase("wokingham");
        UUID unknownCase = UUID.randomUUID();
        String intruder = caseWorker("nottinghamshire");
        post(intruder, "", sending(wokinghamCase, "Cornwall YJS", "full", summary())).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("case " + wokinghamCase + " was not found"));
        post(intruder, "", sending(unknownCase, "Cornwall YJS", "full", summary())).then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("case " + unknownCase + " was not found"));
        // the rules are not even looked at for a case that is not the caller's
        post(intruder, "", sending(wokinghamCase, "wokingham", "full", summary())).then().statusCode(404);

        given().auth().oauth2(intruder).get(PACKAGES).then().statusCode(200)
                .body("outgoing.caseId", not(hasItem(wokinghamCase.toString())))
                .body("outgoing.caseId", not(hasItem(unknownCase.toString())));
        given().auth().oauth2(caseWorker("wokingham")).get(PACKAGES).then().statusCode(200)
                .body("outgoing.caseId", not(hasItem(wokinghamCase.toString())));
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from transfer_package where case_id in (?, ?)")) {
            query.setObject(1, wokinghamCase);
            query.setObject(2, unknownCase);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
        assertThat(outboxEventsAbout(wokinghamCase)).isZero();

        post(caseWorker("wokingham"), "", sending(wokinghamCase, "Cornwall YJS", "full", summary())).then().statusCode(201)
                .body("caseId", equalTo(wokinghamCase.toString()));
    }

    @Test
    @DisplayName("X-1, TRF-17: the case opened from an incoming package is one the receiving authority holds: another authority's "
            + "case or one unknown here is 404 alike, and the package still awaits its case")
    void caseOpenedFromAPackageIsTheAuthoritys() {
        String manager = manager("reading");
        String id = post(manager, "/imports", arriving("Surrey YJS", "Reading YJS", "full", UUID.randomUUID(), 1)).then()
                .statusCode(201).extract().path("id");
        UUID wokinghamCase = openedCase("wokingham");
        UUID unknownCase = UUID.randomUUID();
        post(manager, "/" + id + "/case-opened", Map.of("caseId", wokinghamCase.toString())).then().statusCode(404)
                .contentType(PROBLEM).body("detail", equalTo("case " + wokinghamCase + " was not found"));
        post(manager, "/" + id + "/case-opened", Map.of("caseId", unknownCase.toString())).then().statusCode(404)
                .contentType(PROBLEM).body("detail", equalTo("case " + unknownCase + " was not found"));
        given().auth().oauth2(manager).get(PACKAGES + "/" + id).then().statusCode(200).body("caseId", nullValue())
                .body("awaitingCaseOpening", equalTo(true));

        String readingCase = openedCase("reading").toString();
        post(manager, "/" + id + "/case-opened", Map.of("caseId", readingCase)).then().statusCode(200)
                .body("caseId", equalTo(readingCase));
    }

    @Test
    @DisplayName("TRF-17: a package from a service outside the partnership is imported for the receiving authority (received), is "
            + "its managers' task open-case-from-package until the case opened from it is recorded; its answer recorded the same "
            + "way, once per version; the next version follows a stay")
    void incomingPackage() {
        TestClock.today("2026-11-24");
        String manager = manager("nottinghamshire");
        UUID source = UUID.randomUUID();
        Map<String, Object> document = arriving("Cornwall YJS", "Nottinghamshire YJS", "caretaking", source, 1);
        post(caseWorker("nottinghamshire"), "/imports", document).then().statusCode(403);
        String id = post(manager, "/imports", document).then().statusCode(201)
                .body("direction", equalTo("incoming")).body("authority", equalTo("nottinghamshire")).body("status", equalTo("received"))
                .body("kind", equalTo("caretaking")).body("fromService", equalTo("Cornwall YJS"))
                .body("toService", equalTo("Nottinghamshire YJS")).body("sourcePackageId", equalTo(source.toString()))
                .body("version", equalTo(1)).body("caseId", nullValue()).body("sentBy", equalTo("Jan Penrose"))
                .body("receivedBy", notNullValue()).body("receivedAt", notNullValue()).body("requestTimeLimit", nullValue())
                .body("awaitingCaseOpening", equalTo(true)).body("summary.childName", equalTo("Sam Taylor"))
                .extract().path("id");
        given().auth().oauth2(caseWorker("nottinghamshire")).get(PACKAGES).then().statusCode(200).body("incoming.id", hasItem(id))
                .body("outgoing.id", not(hasItem(id)));
        given().auth().oauth2(manager).get(ROOT + "/tasks").then().statusCode(200)
                .body("findAll { it.packageId == '" + id + "' }.task", contains("open-case-from-package"))
                .body("find { it.packageId == '" + id + "' }.rule", equalTo("TRF-17"))
                .body("find { it.packageId == '" + id + "' }.homeAuthority", equalTo("Cornwall YJS"))
                .body("find { it.packageId == '" + id + "' }.status", equalTo("due"));
        given().auth().oauth2(manager).queryParam("scope", "mine").get(ROOT + "/tasks").then().statusCode(200)
                .body("packageId", hasItem(id));
        given().auth().oauth2(manager("nottinghamshire")).queryParam("scope", "mine").get(ROOT + "/tasks").then().statusCode(200)
                .body("packageId", not(hasItem(id)));
        given().auth().oauth2(caseWorker("nottinghamshire")).get(ROOT + "/tasks").then().statusCode(200)
                .body("packageId", not(hasItem(id)));
        // the same version again is not a second package
        post(manager, "/imports", document).then().statusCode(409).body("violations.rule", contains("TRF-17"));

        // the receiving authority's own answer, to send back: stayed; then the case waits for the next version
        post(manager, "/" + id + "/answer", answer("stayed", "2026-11-24", "The pre-sentence report is missing")).then()
                .statusCode(201).body("status", equalTo("stayed")).body("awaitingCaseOpening", equalTo(false));
        post(manager, "/" + id + "/answer", answer("rejected", "2026-11-24", "Twice")).then().statusCode(409);
        given().auth().oauth2(manager).get(ROOT + "/tasks").then().body("packageId", not(hasItem(id)));
        post(manager, "/" + id + "/case-opened", Map.of("caseId", UUID.randomUUID().toString())).then().statusCode(409)
                .body("violations.rule", contains("TRF-17"));
        post(manager, "/" + id + "/versions", resending("not ours to send")).then().statusCode(409);

        TestClock.today("2026-11-26");
        Map<String, Object> second = arriving("Cornwall YJS", "Nottinghamshire YJS", "full", source, 2);
        post(manager, "/imports", second).then().statusCode(409).body("violations.rule", contains("TRF-1"));
        second.put("kind", "caretaking");
        second.put("whatChanged", "Pre-sentence report attached");
        post(manager, "/imports", second).then().statusCode(201).body("id", equalTo(id)).body("version", equalTo(2))
                .body("status", equalTo("received")).body("whatChanged", equalTo("Pre-sentence report attached"))
                .body("answers.version", contains(1));
        given().auth().oauth2(manager).get(ROOT + "/tasks").then().body("packageId", hasItem(id));
        post(manager, "/" + id + "/answer", answer("accepted", "2026-11-26", "Complete")).then().statusCode(201)
                .body("status", equalTo("accepted")).body("answers.version", contains(1, 2))
                .body("answers.answer", contains("stayed", "accepted"));
        // accepted, and still to be opened as a case
        given().auth().oauth2(manager).get(ROOT + "/tasks").then().body("packageId", hasItem(id));

        String caseId = openedCase("nottinghamshire").toString();
        post(manager, "/" + id + "/case-opened", Map.of()).then().statusCode(400).body("violations.field", contains("caseId"));
        post(caseWorker("nottinghamshire"), "/" + id + "/case-opened", Map.of("caseId", caseId)).then().statusCode(403);
        post(manager, "/" + id + "/case-opened", Map.of("caseId", caseId)).then().statusCode(200).body("caseId", equalTo(caseId))
                .body("caseOpenedBy", notNullValue()).body("caseOpenedAt", notNullValue()).body("awaitingCaseOpening", equalTo(false));
        given().auth().oauth2(manager).get(ROOT + "/tasks").then().statusCode(200).body("packageId", not(hasItem(id)));
        post(manager, "/" + id + "/case-opened", Map.of("caseId", UUID.randomUUID().toString())).then().statusCode(409);
        given().auth().oauth2(manager).get(PACKAGES + "/" + id).then().statusCode(200).body("caseId", equalTo(caseId));
    }

    @Test
    @DisplayName("TRF-17: a case opened from a package received accepts it: a stay or a rejection afterwards is refused (409)")
    void caseOpenedBeforeTheAnswer() {
        String manager = manager("bracknell-forest");
        String id = post(manager, "/imports", arriving("Surrey YJS", "Bracknell Forest YJS", "full", UUID.randomUUID(), 1))
                .then().statusCode(201).extract().path("id");
        post(manager, "/" + id + "/case-opened", Map.of("caseId", openedCase("bracknell-forest").toString())).then().statusCode(200)
                .body("status", equalTo("received"));
        String today = TestClock.today().toString();
        post(manager, "/" + id + "/answer", answer("rejected", today, "Changed our mind")).then().statusCode(409)
                .body("violations.rule", contains("TRF-17"));
        post(manager, "/" + id + "/answer", answer("accepted", today, "Case opened")).then().statusCode(201)
                .body("status", equalTo("accepted"));
    }

    @Test
    @DisplayName("TRF-17, TRF-3, TRF-5, TRF-10, TRF-11: an import is read only as yj-transfer-package version 1 (400), from outside "
            + "the partnership and addressed to the importer (422 TRF-17), under a request's summary and checklist rules (422); "
            + "nothing stored")
    void importRefusals() {
        String manager = manager("west-berkshire");
        Map<String, Object> later = arriving("Cornwall YJS", "West Berkshire YJS", "full", UUID.randomUUID(), 1);
        later.put("version", 2);
        post(manager, "/imports", later).then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("version"));
        Map<String, Object> other = arriving("Cornwall YJS", "West Berkshire YJS", "full", UUID.randomUUID(), 1);
        other.put("format", "assetplus-transfer");
        post(manager, "/imports", other).then().statusCode(400).body("violations.field", contains("format"));
        post(manager, "/imports", Map.of("format", "yj-transfer-package", "version", 1)).then().statusCode(400)
                .body("violations.field", hasItems("packageId", "packageVersion", "kind", "fromService", "toService", "decidedOn",
                        "sentAt", "sentBy", "summary", "checklist"));

        post(manager, "/imports", arriving("Wokingham YJS", "West Berkshire YJS", "full", UUID.randomUUID(), 1)).then()
                .statusCode(422).contentType(PROBLEM).body("violations.rule", contains("TRF-17"))
                .body("violations.field", contains("fromService"));
        post(manager, "/imports", arriving("Cornwall YJS", "reading", "full", UUID.randomUUID(), 1)).then().statusCode(422)
                .body("violations.rule", contains("TRF-17")).body("violations.field", contains("toService"));

        Map<String, Object> broken = arriving("Cornwall YJS", "West Berkshire YJS", "full", UUID.randomUUID(), 1);
        Map<String, Object> summary = summary();
        summary.put("lookedAfter", true);
        summary.put("mappa", Map.of("category", 1, "level", 3, "homeMeetingEndorsed", "n/a", "receivingCoordinatorAlerted", "no"));
        summary.put("parentingOrders", List.of(Map.of("parent", "mother", "movesWithChildsOrder", false)));
        broken.put("summary", summary);
        List<Map<String, Object>> incomplete = checklist();
        incomplete.set(0, Map.of("item", "transfer-summary", "answer", "no"));
        broken.put("checklist", incomplete);
        post(manager, "/imports", broken).then().statusCode(422)
                .body("violations.rule", containsInAnyOrder("TRF-3", "TRF-10", "TRF-11", "TRF-5"));

        given().auth().oauth2(manager).get(PACKAGES).then().statusCode(200).body("incoming", hasSize(0)).body("outgoing", hasSize(0));
    }

    @Test
    @DisplayName("TRF-17: the JSON package round-trips: what this service writes for a receiving system, its import reads back "
            + "with the same summary, checklist, kind, dates and package id")
    void jsonRoundTripsThroughImport() {
        Map<String, Object> summary = summary();
        summary.put("socialWorker", Map.of("name", "Pat Jones", "phone", "0118 974 6000", "email", "pat.jones@wokingham.example"));
        summary.put("mappa", Map.of("category", 2, "level", 2, "homeMeetingEndorsed", "yes", "receivingCoordinatorAlerted", "yes"));
        summary.put("parentingOrders", List.of(Map.of("parent", "father", "movesWithChildsOrder", true)));
        summary.put("orderSummary", "Engaging well; victim awareness work outstanding.");
        String id = post(caseWorker("wokingham"), "", sending("wokingham", "Cornwall YJS", "caretaking", summary)).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> written = document(caseWorker("wokingham"), id, "application/json").then().statusCode(200)
                .extract().jsonPath().getMap("$");

        // the same document, as a service outside the partnership sends it on to a partnership authority
        Map<String, Object> arriving = new HashMap<>(written);
        arriving.put("fromService", "Cornwall YJS");
        arriving.put("toService", "nottinghamshire");
        String manager = manager("nottinghamshire");
        String incoming = post(manager, "/imports", arriving).then().statusCode(201).extract().path("id");
        Map<String, Object> read = document(manager, incoming, "application/json").then().statusCode(200)
                .extract().jsonPath().getMap("$");

        assertThat(read.get("summary")).isEqualTo(written.get("summary"));
        assertThat(read.get("checklist")).isEqualTo(written.get("checklist"));
        for (String field : List.of("format", "version", "packageId", "packageVersion", "kind", "decidedOn", "sentAt", "sentBy",
                "whatChanged")) {
            assertThat(read.get(field)).as(field).isEqualTo(written.get(field));
        }
        assertThat(read).containsEntry("fromService", "Cornwall YJS").containsEntry("toService", "nottinghamshire");
        assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(written.keySet());
    }
    @Test
    @DisplayName("TRF-17: every transfer package endpoint is in the OpenAPI document, tagged transfer packages, with an example "
            + "for its request and each of its responses")
    @SuppressWarnings("unchecked")
    void documentedInOpenApi() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith(PACKAGES)) {
                return;
            }
            ((Map<String, Object>) item).forEach((method, value) -> {
                if (!(value instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    return;
                }
                String name = method.toUpperCase() + " " + path;
                operations.add(name);
                assertThat((List<String>) operation.get("tags")).as(name).containsExactly("transfer packages");
                if (operation.get("requestBody") instanceof Map<?, ?> request) {
                    ((Map<String, Object>) request.get("content")).forEach((type, content) ->
                            assertThat(((Map<String, Object>) content).get("examples")).as(name + " request " + type).isNotNull());
                }
                ((Map<String, Object>) operation.get("responses")).forEach((status, response) -> {
                    if (status.equals("401")) {
                        return; // added to every secured operation by the OpenAPI generator, from the security scheme
                    }
                    Map<String, Object> contents = (Map<String, Object>) ((Map<String, Object>) response).get("content");
                    assertThat(contents).as(name + " " + status).isNotEmpty();
                    contents.forEach((type, content) -> assertThat(((Map<String, Object>) content).get("examples"))
                            .as(name + " " + status + " " + type).isNotNull());
                });
            });
        });
        assertThat(operations).containsExactlyInAnyOrder("POST " + PACKAGES, "GET " + PACKAGES, "GET " + PACKAGES + "/{packageId}",
                "GET " + PACKAGES + "/{packageId}/document", "POST " + PACKAGES + "/{packageId}/versions",
                "POST " + PACKAGES + "/{packageId}/answer", "POST " + PACKAGES + "/imports",
                "POST " + PACKAGES + "/{packageId}/case-opened");
    }
}
