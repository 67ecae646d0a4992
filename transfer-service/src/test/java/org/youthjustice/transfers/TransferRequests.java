package org.youthjustice.transfers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * Transfer requests as a test sends them: a valid request, changed where a test needs it, for a case its home
 * authority holds: order-service's {@code case.opened}, published on the test's Kafka broker as order-service
 * would, once transfer-service has applied it.
 */
public final class TransferRequests {
    public static final String ROOT = "/api/transfers/transfers";

    private TransferRequests() {
    }

    /** A case order-service opened in {@code authority}, announced (case.opened) and known to transfer-service; its id. */
    public static UUID openedCase(String authority) {
        UUID caseId = UUID.randomUUID();
        publishCaseOpened(caseId, authority);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> holder(caseId).filter(authority::equals).isPresent());
        return caseId;
    }

    /** Publishes order-service's case.opened of {@code caseId} in {@code authority} on yj.orders.v1, keyed by the case. */
    public static void publishCaseOpened(UUID caseId, String authority) {
        EventEnvelope event = EventEnvelope.wrap(new CaseOpened(caseId, "YJ-TEST-" + caseId.toString().substring(0, 8).toUpperCase(),
                "female", false, "east"), "order-service", TestClock.now(), authority, caseId);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ORDERS, caseId.toString(), EventJson.write(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish case.opened", e);
        }
    }

    /** The authority transfer-service records as holding the case, if it knows the case. */
    public static Optional<String> holder(UUID caseId) {
        return Optional.ofNullable(queryOne("select authority from held_case where case_id = ?", caseId));
    }

    /** How many events transfer-service's outbox holds about the case (keyed by it), whatever their type. */
    public static long outboxEventsAbout(UUID caseId) {
        return Long.parseLong(queryOne("select count(*) from platform.outbox_event where message_key = ?", caseId.toString()));
    }

    /** How many events of {@code type} transfer-service's outbox holds about the case. */
    public static long outboxEventsAbout(UUID caseId, String type) {
        return Long.parseLong(queryOne("select count(*) from platform.outbox_event where message_key = ? and type = '"
                + type.replace("'", "") + "'", caseId.toString()));
    }

    private static String queryOne(String sql, Object parameter) {
        DataSource dataSource = Arc.container().select(DataSource.class).get();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static String caseWorker(String authority) {
        return TestTokens.forSubject("case-worker-" + UUID.randomUUID()).authority(authority).roles("case-worker").sign();
    }

    public static String manager(String authority) {
        return TestTokens.forSubject("team-manager-" + UUID.randomUUID()).authority(authority).roles("team-manager").sign();
    }

    public static Map<String, Object> summary() {
        Map<String, Object> summary = new HashMap<>();
        summary.put("childName", "Sam Taylor");
        summary.put("dateOfBirth", "2010-03-14");
        summary.put("homeCaseReference", "WOK-2026-0042");
        summary.put("proposedAddress", Map.of("address", "12 Mansfield Road, Nottingham", "postcode", "NG1 3FN"));
        summary.put("livingWith", Map.of("name", "Jo Taylor", "relationship", "aunt"));
        summary.put("parentalResponsibility", Map.of("name", "Alex Taylor", "address", "3 Station Road, Wokingham"));
        summary.put("currentCaseManager", Map.of("name", "Chris Green", "email", "chris.green@wokingham.example"));
        summary.put("orders", List.of(Map.of("type", "youth rehabilitation order", "requirements", List.of("supervision"),
                "startDate", "2026-09-01", "length", "12 months")));
        summary.put("iom", false);
        summary.put("highRiskOfHarm", Map.of("present", false));
        summary.put("mappa", new HashMap<>(Map.of("homeMeetingEndorsed", "n/a", "receivingCoordinatorAlerted", "n/a")));
        summary.put("safeguarding", Map.of("present", false));
        summary.put("childProtectionPlan", Map.of("present", false));
        summary.put("offenceSummary", "Theft from a shop; first offence.");
        summary.put("victimRisk", Map.of("riskToSpecificVictims", true, "flags", List.of("known-victim")));
        summary.put("lookedAfter", false);
        summary.put("rosh", "medium");
        summary.put("parentingOrders", new ArrayList<>());
        return summary;
    }

    public static List<Map<String, Object>> checklist() {
        List<Map<String, Object>> checklist = new ArrayList<>();
        for (String item : List.of("transfer-summary", "asset-plus", "transfer-questions", "referral-order-report",
                "pre-sentence-report", "record-of-contacts", "court-order", "custody-planning", "cps-documentation",
                "offending-profile", "lac-paperwork", "psychological-reports", "sen-statement")) {
            checklist.add(item.equals("pre-sentence-report") || item.equals("transfer-summary")
                    ? Map.of("item", item, "answer", "attached") : Map.of("item", item, "answer", "n/a", "reason", "Not relevant"));
        }
        return checklist;
    }

    /** A request by {@code home} of a new case of its own (opened and known here, see {@link #openedCase}). */
    public static Map<String, Object> request(String home, String receiving, String kind, Map<String, Object> summary) {
        return request(openedCase(home), receiving, kind, summary);
    }

    /** A request for the case {@code caseId}, whoever holds it. */
    public static Map<String, Object> request(UUID caseId, String receiving, String kind, Map<String, Object> summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("kind", kind);
        body.put("receivingAuthority", receiving);
        body.put("decidedOn", TestClock.today().toString());
        body.put("summary", summary);
        body.put("checklist", checklist());
        return body;
    }

    public static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(ROOT + path);
    }

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** Attaches a file to each item the default checklist marks attached, which starts the TRF-7 time limit. */
    public static void attachDocuments(String homeToken, String transferId) {
        for (String item : List.of("transfer-summary", "pre-sentence-report")) {
            given().auth().oauth2(homeToken).contentType("application/pdf").queryParam("filename", item + ".pdf").body(PDF)
                    .post(ROOT + "/" + transferId + "/documents/" + item).then().statusCode(201);
        }
    }

    /** A transfer of a new case requested by {@code home}, its documents attached, accepted by {@code receiving}; its id. */
    public static String accepted(String kind, String home, String receiving) {
        String homeWorker = caseWorker(home);
        String id = post(homeWorker, "", request(home, receiving, kind, summary())).then().statusCode(201).extract().path("id");
        attachDocuments(homeWorker, id);
        post(manager(receiving), "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("Complete")))
                .then().statusCode(201);
        return id;
    }

    /** A caretaking transfer requested by wokingham of nottinghamshire; its id. */
    public static String requested(Map<String, Object> summary) {
        return post(caseWorker("wokingham"), "", request("wokingham", "nottinghamshire", "caretaking", summary)).then().statusCode(201)
                .extract().path("id");
    }
}
