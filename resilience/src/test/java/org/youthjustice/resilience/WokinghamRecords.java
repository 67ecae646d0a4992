package org.youthjustice.resilience;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.youthjustice.e2e.RunningPlatform;

/**
 * Records of Wokingham made for the probes, through the gateway as Wokingham's own users make them, so that a path
 * parameter is filled with the id of a REAL record of that authority: a child's case sentenced to a youth rehabilitation
 * order (its outcome, order and a milestone), an assessment, a plan, an exit interview and a contact on it, a worker of
 * the probes' own with planned leave, the case's allocation request (decided) and an internal transfer, an
 * appointment, a victim, a transfer request with a document, and a transfer package. Made once per run (the tenancy
 * matrix and the hostile input share them). A record that cannot be made is left out: its parameter is then filled
 * with a random id.
 */
final class WokinghamRecords {
    static final String AUTHORITY = "wokingham";
    static final String TEAM = "community-orders-unit";
    private static final String TEAM_MANAGER = "wokingham-team-manager";
    private static final String COURT_OFFICER = "wokingham-court-officer";
    private static final String CASE_WORKER = "wokingham-case-worker";
    private static final String RJ_WORKER = "wokingham-rj-worker";
    /** A PDF small enough for any limit, for the transfer's document. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static WokinghamRecords made;

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final String familyName = "Probe-" + UUID.randomUUID().toString().substring(0, 8);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private WokinghamRecords() {
    }

    /** The records of this run, made on first use. */
    static synchronized WokinghamRecords of(RunningPlatform platform, ProbeClient client) {
        if (made == null) {
            WokinghamRecords records = new WokinghamRecords();
            records.make(platform, client);
            made = records;
        }
        return made;
    }

    /** Kind ({@code case}, {@code order}, …) → id. */
    Map<String, String> ids() {
        return Collections.unmodifiableMap(ids);
    }

    /** What could not be made, and why. */
    Map<String, String> failures() {
        return Collections.unmodifiableMap(failures);
    }

    String id(String kind) {
        return ids.get(kind);
    }

    /** What no other authority may ever be shown: every id made here and the child's unique family name. */
    Set<String> markers() {
        Set<String> markers = new LinkedHashSet<>(ids.values());
        markers.add(familyName);
        return markers;
    }

    String familyName() {
        return familyName;
    }

    // ---------------------------------------------------------------- filling requests with them

    /** The value for one path parameter: a name shared by every authority, a record of Wokingham's, or null. */
    String pathValue(String module, String previousSegment, String parameter) {
        switch (parameter) {
            case "team":
                return TEAM;
            case "kind":
                return "first-warning";
            case "item":
                return "asset-plus";
            default:
                break;
        }
        String kind = switch (previousSegment + "/" + parameter) {
            case "cases/caseId", "cases/id" -> "case";
            case "orders/id", "orders/orderId" -> "order";
            case "assessments/assessmentId" -> "assessment";
            case "exit-interviews/interviewId" -> "interview";
            case "plans/planId" -> "plan";
            case "milestones/id" -> "milestone";
            case "allocation-requests/id" -> "allocation-request";
            case "internal-transfers/id" -> "internal-transfer";
            case "workers/id" -> "worker";
            case "absences/absenceId" -> module.equals("allocation-service") ? "worker-absence" : null;
            case "appointments/appointmentId" -> "appointment";
            case "transfers/transferId" -> "transfer";
            case "packages/packageId" -> "package";
            case "documents/documentId" -> "document";
            case "victims/victimRef" -> "victim";
            default -> null;
        };
        return kind == null ? null : ids.get(kind);
    }

    /**
     * The value for a query parameter that names a record or a person (a search by worker, case manager, victim or the
     * child's name), or null for one that does not (a limit, a date, a scope).
     */
    String queryValue(String parameter) {
        return switch (parameter) {
            case "worker", "caseManager" -> ids.get("case-worker");
            case "victimRef" -> ids.get("victim");
            case "caseId" -> ids.get("case");
            case "orderId" -> ids.get("order");
            case "name" -> familyName;
            default -> null;
        };
    }

    /** Whether a path parameter names a record (an id), rather than a name every authority has (team, template kind). */
    static boolean namesARecord(String parameter) {
        return !Set.of("team", "kind", "item").contains(parameter);
    }

    /** The kind of record a body field names, by its name. */
    static String kindOfField(String field) {
        return switch (field) {
            case "caseId" -> "case";
            case "orderId" -> "order";
            case "workerId", "coWorkerId", "coverWorkerId", "currentCaseManager", "toWorkerId", "caseManagerId" -> "worker";
            case "rjWorkerId" -> "rj-worker";
            case "victimRef" -> "victim";
            case "transferId" -> "transfer";
            case "appointmentId" -> "appointment";
            case "assessmentId" -> "assessment";
            case "planId" -> "plan";
            case "milestoneId" -> "milestone";
            case "interviewId" -> "interview";
            default -> null;
        };
    }

    /** The example with every field that names a record (by its name) set to Wokingham's record of that kind. */
    JsonNode fill(JsonNode example) {
        JsonNode copy = example.deepCopy();
        fillInPlace(copy);
        return copy;
    }

    /**
     * The example as another authority would send it about Wokingham's records: filled as {@link #fill}, and where it names
     * the caller's own authority (the documents' examples are written from Wokingham's side: "to nottinghamshire"), naming
     * Wokingham instead.
     */
    JsonNode fillAsForeign(JsonNode example, String callerAuthority) {
        JsonNode copy = fill(example);
        renameAuthority(copy, callerAuthority);
        return copy;
    }

    private static void renameAuthority(JsonNode node, String callerAuthority) {
        if (node instanceof ObjectNode object) {
            List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isTextual() && value.asText().equals(callerAuthority)) {
                    object.put(name, AUTHORITY);
                } else {
                    renameAuthority(value, callerAuthority);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && array.get(i).asText().equals(callerAuthority)) {
                    array.set(i, TextNode.valueOf(AUTHORITY));
                } else {
                    renameAuthority(array.get(i), callerAuthority);
                }
            }
        }
    }

    private void fillInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            Map<String, String> replacements = new HashMap<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String kind = kindOfField(field.getKey());
                if (kind != null && field.getValue().isTextual() && ids.containsKey(kind)) {
                    replacements.put(field.getKey(), ids.get(kind));
                } else {
                    fillInPlace(field.getValue());
                }
            }
            replacements.forEach((name, value) -> object.set(name, TextNode.valueOf(value)));
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::fillInPlace);
        }
    }

    // ---------------------------------------------------------------- reading them back as their owner

    /**
     * The records as their owners read them now, by what each answered: the R3 probes change nothing of them, whatever
     * another authority sends.
     */
    Map<String, String> snapshot(RunningPlatform platform, ProbeClient client) {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("/api/orders/cases/" + ids.get("case"), TEAM_MANAGER);
        reads.put("/api/orders/orders/" + ids.get("order"), TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/contacts", TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/assessments", TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/plans", TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/exit-interviews", TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/review-meetings", TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/intervention-referrals", TEAM_MANAGER);
        reads.put("/api/orders/cases/" + ids.get("case") + "/court-screenings", TEAM_MANAGER);
        if (ids.containsKey("worker")) {
            reads.put("/api/allocations/workers/" + ids.get("worker"), TEAM_MANAGER);
        }
        if (ids.containsKey("allocation-request")) {
            reads.put("/api/allocations/allocation-requests/" + ids.get("allocation-request"), TEAM_MANAGER);
        }
        if (ids.containsKey("internal-transfer")) {
            reads.put("/api/allocations/internal-transfers/" + ids.get("internal-transfer"), TEAM_MANAGER);
        }
        reads.put("/api/compliance/cases/" + ids.get("case"), TEAM_MANAGER);
        reads.put("/api/compliance/cases/" + ids.get("case") + "/appointments", TEAM_MANAGER);
        reads.put("/api/compliance/cases/" + ids.get("case") + "/absences", TEAM_MANAGER);
        reads.put("/api/compliance/cases/" + ids.get("case") + "/letters", TEAM_MANAGER);
        reads.put("/api/compliance/letter-templates", TEAM_MANAGER);
        if (ids.containsKey("victim")) {
            reads.put("/api/victims/victims/" + ids.get("victim"), RJ_WORKER);
            reads.put("/api/victims/victims/" + ids.get("victim") + "/consent", RJ_WORKER);
            reads.put("/api/victims/cases/" + ids.get("case"), RJ_WORKER);
        }
        if (ids.containsKey("transfer")) {
            reads.put("/api/transfers/transfers/" + ids.get("transfer"), CASE_WORKER);
            reads.put("/api/transfers/transfers/" + ids.get("transfer") + "/versions", CASE_WORKER);
            reads.put("/api/transfers/transfers/" + ids.get("transfer") + "/documents", CASE_WORKER);
            reads.put("/api/transfers/transfers/" + ids.get("transfer") + "/reviews", CASE_WORKER);
        }
        if (ids.containsKey("package")) {
            reads.put("/api/transfers/transfers/packages/" + ids.get("package"), CASE_WORKER);
        }
        // Wokingham's own lists: what another authority sends must not appear in them either
        reads.put("/api/transfers/transfers", CASE_WORKER);
        reads.put("/api/transfers/transfers/packages", CASE_WORKER);
        Map<String, String> snapshot = new LinkedHashMap<>();
        reads.forEach((path, user) -> {
            ProbeClient.Answer answer = client.json(platform.gateway(), "GET", path, user, null);
            snapshot.put(path, answer.status() + " " + answer.body());
        });
        return snapshot;
    }

    /** Waits until two snapshots a few seconds apart agree (the events the records started have all been applied). */
    Map<String, String> settledSnapshot(RunningPlatform platform, ProbeClient client) {
        AtomicReference<Map<String, String>> previous = new AtomicReference<>(snapshot(platform, client));
        try {
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3))
                    .until(() -> previous.getAndSet(snapshot(platform, client)).equals(previous.get()));
            return previous.get();
        } catch (org.awaitility.core.ConditionTimeoutException stillMoving) {
            // still changing after a minute: the last snapshot, which the matrix compares afterwards
        }
        return previous.get();
    }

    // ---------------------------------------------------------------- making them

    private void make(RunningPlatform platform, ProbeClient client) {
        String gateway = platform.gateway();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        // the child's case, sentenced today (the same fixture as the end-to-end flows)
        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "R3-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "sentenced",
                "child", Map.of("givenName", "Casey", "familyName", familyName, "dateOfBirth", today.minusYears(15).toString(),
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "robbery", "imprisonable", true)),
                "order", Map.of("type", "youth-rehabilitation-order", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "requirements", List.of(Map.of("type", "supervision")),
                        "custodyThresholdPassed", false, "persistentOffender", false));
        ProbeClient.Answer recorded = client.json(gateway, "POST", "/api/orders/court-outcomes", COURT_OFFICER, outcome);
        if (recorded.status() != 201) {
            throw new IllegalStateException("Wokingham's court outcome for the probes was refused: " + recorded.brief());
        }
        String caseId = read(recorded).path("caseId").asText();
        ids.put("case", caseId);
        ids.put("outcome", read(recorded).path("outcomeId").asText());
        JsonNode caseFile = read(client.json(gateway, "GET", "/api/orders/cases/" + caseId, TEAM_MANAGER, null));
        ids.put("order", caseFile.path("orders").path(0).path("id").asText());
        if (caseFile.path("milestones").size() > 0) {
            ids.put("milestone", caseFile.path("milestones").path(0).path("id").asText());
        }
        String orderId = ids.get("order");

        // casework in order-service
        attempt("assessment", () -> recordedId(client.json(gateway, "POST", "/api/orders/cases/" + caseId + "/assessments", TEAM_MANAGER,
                Map.of("stage", "start", "completedOn", today.toString(), "rosh", "low", "saw", "low",
                        "likelihoodOfReoffending", "low", "scaledApproach", "standard"))));
        attempt("plan", () -> recordedId(client.json(gateway, "POST", "/api/orders/cases/" + caseId + "/plans", TEAM_MANAGER,
                Map.of("kind", "intervention-plan", "completedOn", today.toString(), "coProducedWithChild", false))));
        attempt("interview", () -> recordedId(client.json(gateway, "POST", "/api/orders/cases/" + caseId + "/exit-interviews", TEAM_MANAGER,
                Map.of("orderId", orderId, "finalSessionOn", today.plusYears(1).minusDays(20).toString(),
                        "interviewOn", today.plusYears(1).minusDays(15).toString(), "arrangedOn", today.toString()))));
        attempt("contact", () -> recordedId(client.json(gateway, "POST", "/api/orders/cases/" + caseId + "/contacts", TEAM_MANAGER,
                Map.of("type", "office", "occurredAt", Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "made", true, "announced", true, "present", List.of("child"), "summary", "Probe contact."))));

        // the workforce: the case worker and the RJ worker (as the end-to-end flows enter them), who the case is allocated
        // to; and a worker of the probes' own, in a team of its own, whose record the probes may change (paths name them)
        attempt("case-worker", () -> worker(client, gateway, CASE_WORKER, userId(client, CASE_WORKER), Map.of("name", "Wokingham Case Worker",
                "team", TEAM, "grade", "band-b", "genderIdentity", "male", "contractedHours", 37)));
        attempt("rj-worker", () -> worker(client, gateway, RJ_WORKER, userId(client, RJ_WORKER), Map.of(
                "name", "Wokingham Restorative Justice Worker", "team", "restorative-justice", "grade", "rj-worker",
                "genderIdentity", "female", "contractedHours", 37)));
        attempt("worker", () -> worker(client, gateway, null, UUID.randomUUID().toString(), Map.of(
                "name", "Probe Worker " + run, "team", "probe-locality-" + run, "grade", "band-b", "genderIdentity", "female",
                "contractedHours", 37)));
        if (ids.containsKey("worker")) {
            attempt("worker-absence", () -> plainId(client.json(gateway, "POST", "/api/allocations/workers/" + ids.get("worker") + "/absences",
                    TEAM_MANAGER, Map.of("kind", "planned", "startsOn", today.plusDays(90).toString(), "endsOn", today.plusDays(91).toString()))));
        }

        // allocation: order.made reaches allocation-service; allocated to the case worker; an internal transfer proposed
        attempt("allocation-request", () -> awaitAllocationRequest(client, gateway, caseId));
        if (ids.containsKey("allocation-request") && ids.containsKey("case-worker")) {
            attempt("allocation", () -> plainId(client.json(gateway, "POST", "/api/allocations/allocation-requests/"
                    + ids.get("allocation-request") + "/decision", TEAM_MANAGER,
                    Map.of("workerId", ids.get("case-worker"), "rationale", "Probe allocation (resilience suite)."))));
            if (ids.containsKey("worker")) {
                attempt("internal-transfer", () -> awaitAnswer(() -> client.json(gateway, "POST", "/api/allocations/cases/" + caseId
                        + "/internal-transfers", TEAM_MANAGER, Map.of("toTeam", "probe-locality-" + run, "reason", "Probe transfer."))));
            }
        }

        // compliance: an appointment once order-service's announcement has reached compliance-service
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        attempt("appointment", () -> awaitAnswer(() -> client.json(gateway, "POST", "/api/compliance/cases/" + caseId + "/appointments",
                TEAM_MANAGER, Map.of("orderId", orderId, "kind", "supervision", "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(1)).toString(), "place", "YJS office", "withWhom", "Case manager"))));

        // a victim entered by the RJ worker once victim-service knows the case
        Map<String, Object> details = new HashMap<>();
        details.put("name", "Probe Victim " + run);
        details.put("dateOfBirth", "1980-01-01");
        details.put("address", "1 Probe Road, Wokingham");
        details.put("preferredContactMethod", "letter");
        attempt("victim", () -> awaitAnswer(() -> client.json(gateway, "POST", "/api/victims/cases/" + caseId + "/victims", RJ_WORKER,
                Map.of("directVictim", true, "consent", Map.of("consentToContact", true, "source", "victim", "givenOn", today.toString()),
                        "details", details))));

        // a transfer request to an authority of the partnership that is neither demo authority, and its document
        // transfer-service knows the case once order-service's case.opened has reached it
        attempt("transfer", () -> awaitAnswer(() -> client.json(gateway, "POST", "/api/transfers/transfers", CASE_WORKER,
                transferRequest(platform, caseId, today, "reading"))));
        if (ids.containsKey("transfer")) {
            attempt("document", () -> plainId(client.send(gateway, "POST", "/api/transfers/transfers/" + ids.get("transfer")
                    + "/documents/asset-plus?filename=probe.pdf", client.token(CASE_WORKER), "application/pdf", PDF, Map.of())));
        }
        attempt("package", () -> awaitAnswer(() -> client.json(gateway, "POST", "/api/transfers/transfers/packages", CASE_WORKER,
                transferPackage(platform, caseId, today))));
    }

    private void attempt(String kind, Supplier<String> making) {
        try {
            String id = making.get();
            if (id == null || id.isBlank()) {
                failures.put(kind, "no id in the answer");
            } else if (!kind.equals("allocation")) {
                ids.put(kind, id);
            }
        } catch (RuntimeException e) {
            failures.put(kind, e.getMessage());
        }
    }

    private String worker(ProbeClient client, String gateway, String username, String id, Map<String, Object> entry) {
        ProbeClient.Answer answer = client.json(gateway, "PUT", "/api/allocations/workers/" + id, TEAM_MANAGER, entry);
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IllegalStateException("worker " + (username == null ? id : username) + ": " + answer.brief());
        }
        return id;
    }

    private String awaitAllocationRequest(ProbeClient client, String gateway, String caseId) {
        AtomicReference<String> id = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).alias("an allocation request for the case")
                .until(() -> {
                    for (JsonNode request : read(client.json(gateway, "GET", "/api/allocations/allocation-requests?team=" + TEAM + "&caseId=" + caseId,
                            TEAM_MANAGER, null))) {
                        if (caseId.equals(request.path("caseId").asText())) {
                            id.set(request.path("id").asText());
                            return true;
                        }
                    }
                    return false;
                });
        return id.get();
    }

    /** Sends until the answer is no longer 404 (an event on its way to the service), then takes the id it made. */
    private static String awaitAnswer(Supplier<ProbeClient.Answer> request) {
        AtomicReference<ProbeClient.Answer> answer = new AtomicReference<>(request.get());
        if (answer.get().status() == 404) {
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            answer.set(request.get());
                            return answer.get().status() != 404;
                        });
            } catch (org.awaitility.core.ConditionTimeoutException stillNotFound) {
                // the 404 stands: plainId reports it
            }
        }
        return plainId(answer.get());
    }

    private static String recordedId(ProbeClient.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException(answer.brief());
        }
        return read(answer).path("recorded").path("id").asText(null);
    }

    private static String plainId(ProbeClient.Answer answer) {
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException(answer.brief());
        }
        JsonNode body = read(answer);
        for (String field : List.of("id", "victimRef")) {
            if (body.hasNonNull(field)) {
                return body.path(field).asText();
            }
        }
        for (String wrapper : List.of("appointment", "recorded")) {
            if (body.path(wrapper).hasNonNull("id")) {
                return body.path(wrapper).path("id").asText();
            }
        }
        return null;
    }

    static JsonNode read(ProbeClient.Answer answer) {
        try {
            return OpenApiOperations.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + answer.brief(), e);
        }
    }

    /** The realm user id (the token's subject) of a demo user: the id the services know them by as a worker. */
    static String userId(ProbeClient client, String username) {
        String payload = client.token(username).split("\\.")[1];
        try {
            return OpenApiOperations.JSON.readTree(Base64.getUrlDecoder().decode(payload)).path("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** transfer-service's own documented example of a request, made the case's and addressed to {@code to}. */
    private static JsonNode transferRequest(RunningPlatform platform, String caseId, LocalDate today, String to) {
        ObjectNode request = (ObjectNode) documentedExample(platform, "POST", "/api/transfers/transfers");
        request.put("caseId", caseId);
        request.put("receivingAuthority", to);
        request.put("decidedOn", today.toString());
        if (request.path("summary") instanceof ObjectNode summary) {
            summary.set("mappa", OpenApiOperations.JSON.createObjectNode().put("homeMeetingEndorsed", "n/a")
                    .put("receivingCoordinatorAlerted", "n/a"));
        }
        return request;
    }

    private static JsonNode transferPackage(RunningPlatform platform, String caseId, LocalDate today) {
        ObjectNode request = (ObjectNode) documentedExample(platform, "POST", "/api/transfers/transfers/packages");
        request.put("caseId", caseId);
        request.put("decidedOn", today.toString());
        return request;
    }

    private static JsonNode documentedExample(RunningPlatform platform, String method, String path) {
        return OpenApiOperations.load(platform).stream()
                .filter(operation -> operation.method().equals(method) && operation.path().equals(path))
                .findFirst().flatMap(OpenApiOperations.Operation::example)
                .orElseThrow(() -> new IllegalStateException("no documented example for " + method + " " + path));
    }

    @Override
    public String toString() {
        return ids.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + (failures.isEmpty() ? "" : "; not made: " + failures);
    }

    static boolean containsAny(String text, Set<String> markers, String except) {
        return markers.stream().filter(Objects::nonNull).anyMatch(marker -> text.contains(marker) && !except.contains(marker));
    }
}
