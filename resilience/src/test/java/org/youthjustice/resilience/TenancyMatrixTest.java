package org.youthjustice.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;
import org.youthjustice.resilience.OpenApiOperations.Operation;

/**
 * R3, the tenancy matrix (X-1, VIC-4, ROLES.md), generated from every service's OpenAPI document so that a new endpoint
 * is covered without a test written for it: every operation × every realm role (the demo users of both authorities, and
 * the partner clients) × own and foreign authority, with path parameters filled with the ids of REAL records of
 * Wokingham ({@link WokinghamRecords}; a random id where none could be made), and the query parameters that search by a
 * record or a person (worker, case manager, victim, the child's name) filled with Wokingham's.
 *
 * <ul>
 *   <li>Nottinghamshire never gets a Wokingham record: 404 (403 where the role may not use the endpoint at all), never
 *       2xx, never 5xx, and no answer of any status holds a Wokingham id or the child's name (an id the caller sent
 *       itself, echoed in a problem, is not counted). Unsafe methods are sent with the documented example, its record ids
 *       Wokingham's, so that they reach the lookup; afterwards every record reads the same to its owner, and no event was
 *       recorded for Wokingham (its outbox).</li>
 *   <li>A role the endpoint does not allow is answered 403, or 404 where the platform hides that the record exists.</li>
 *   <li>Wokingham's allowed roles on their own records: whatever the answer, never 5xx (an unfilled body is 400).</li>
 *   <li>Every answer that is not 2xx is {@code application/problem+json}.</li>
 * </ul>
 * All of it through the gateway, and again directly at each service for a sample of callers, to show that each service
 * enforces it itself.
 */
@EndToEnd
@Order(1_073_741_833)
class TenancyMatrixTest {
    private static final int THREADS = 4;
    private static final String FOREIGN = "nottinghamshire";
    private static final String OWN = WokinghamRecords.AUTHORITY;

    /** A caller: a demo user or a partner client, of an authority, holding one role. */
    record Caller(String subject, String authority, String role) {
        @Override
        public String toString() {
            return subject;
        }
    }

    /** One request of the matrix and what is known about it before it is sent. */
    record Probe(Operation operation, Caller caller, String where, String base, String pathAndQuery, String contentType,
            byte[] body, boolean roleAllowed, boolean foreign, boolean wokinghamRecordInPath, boolean randomRecordInPath,
            boolean wokinghamRecordInBody, boolean placeholderBody) {

        String requestText() {
            return pathAndQuery + " " + (body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }

        String describe() {
            return operation.method() + " " + ProbeClient.cut(pathAndQuery) + " as " + caller + " (" + where + ")";
        }
    }

    record Outcome(Probe probe, ProbeClient.Answer answer) {
    }

    @Test
    @DisplayName("R3 tenancy matrix: every documented operation × every realm role × own and foreign authority — another "
            + "authority's record is never reached (404/403, never 2xx or 5xx, never in a body), a role not allowed is 403/404, "
            + "every error is a problem, and nothing another authority sends changes a record; through the gateway and at "
            + "each service directly")
    void everyOperationKeepsEachAuthoritysRecordsToItself(RunningPlatform platform) throws Exception {
        long started = System.nanoTime();
        ProbeClient client = new ProbeClient(platform);
        List<Operation> operations = OpenApiOperations.load(platform);
        WokinghamRecords records = WokinghamRecords.of(platform, client);
        System.out.printf("R3 Wokingham records filled into the paths: %s%n", records);
        assertThat(records.ids()).as("the records the matrix fills paths with").containsKeys("case", "order");

        List<Caller> callers = callers();
        callers.forEach(caller -> client.token(caller.subject()));
        Map<String, String> services = platform.services();

        // the records as their owners see them, once everything they started has been applied
        Map<String, String> before = records.settledSnapshot(platform, client);
        Map<String, Long> countsBefore = RowCounts.settled(platform, Duration.ofSeconds(60));

        // foreign direction (and roles not allowed in Wokingham), through the gateway, then at each service directly
        List<Probe> foreignProbes = new ArrayList<>();
        for (Operation operation : operations) {
            for (Caller caller : callers) {
                if (caller.authority().equals(FOREIGN)) {
                    foreignProbes.add(probe(operation, caller, "gateway", platform.gateway(), records));
                }
            }
        }
        List<Caller> directSample = callers.stream().filter(caller -> Set.of("nottinghamshire-team-manager",
                "nottinghamshire-case-worker", "nottinghamshire-rj-worker", "client:nottinghamshire-court-system",
                "wokingham-platform-admin", "wokingham-partnership-analyst").contains(caller.subject())).toList();
        List<Probe> directProbes = new ArrayList<>();
        for (Operation operation : operations) {
            for (Caller caller : directSample) {
                directProbes.add(probe(operation, caller, "direct", services.get(operation.module()), records));
            }
        }
        List<Outcome> outcomes = new ArrayList<>(run(client, foreignProbes));
        outcomes.addAll(run(client, directProbes));

        // nothing of Wokingham's changed: every record reads the same to its owner, and no event was recorded for it
        Map<String, String> after = records.snapshot(platform, client);
        List<String> changed = before.keySet().stream().filter(path -> !before.get(path).equals(after.get(path))).toList();
        List<RowCounts.OutboxRow> wokinghamEvents = RowCounts.outboxSince(platform, countsBefore).stream()
                .filter(row -> row.authority().equals(OWN) && !RowCounts.BACKGROUND_EVENTS.contains(row.type())).toList();
        long unsafeForeign = outcomes.stream().filter(o -> o.probe().foreign() && o.probe().operation().unsafe()
                && (o.probe().wokinghamRecordInPath() || o.probe().wokinghamRecordInBody())).count();

        // own direction through the gateway: Wokingham's roles on Wokingham's records
        List<Probe> ownProbes = new ArrayList<>();
        for (Operation operation : operations) {
            for (Caller caller : callers) {
                if (caller.authority().equals(OWN)) {
                    ownProbes.add(probe(operation, caller, "gateway", platform.gateway(), records));
                }
            }
        }
        outcomes.addAll(run(client, ownProbes));

        // the verdicts
        Set<String> markers = records.markers();
        Map<String, List<String>> violations = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            String verdict = verdict(outcome.probe(), outcome.answer(), markers);
            if (verdict != null) {
                violations.computeIfAbsent(verdict, v -> new ArrayList<>())
                        .add(outcome.probe().describe() + " → " + outcome.answer().brief());
            }
        }
        long gatewayRequests = outcomes.stream().filter(o -> o.probe().where().equals("gateway")).count();
        long directRequests = outcomes.size() - gatewayRequests;
        long leaks = violations.getOrDefault("leak", List.of()).size();
        long serverErrors = violations.getOrDefault("5xx", List.of()).size();
        long notProblems = violations.getOrDefault("error not application/problem+json", List.of()).size();
        long unexpected = violations.entrySet().stream().filter(e -> !Set.of("leak", "5xx", "error not application/problem+json")
                .contains(e.getKey())).mapToLong(e -> e.getValue().size()).sum();
        Map<Integer, Long> foreignStatuses = outcomes.stream().filter(o -> o.probe().foreign())
                .collect(Collectors.groupingBy(o -> o.answer().status(), TreeMap::new, Collectors.counting()));
        Map<Integer, Long> foreignRecordStatuses = outcomes.stream()
                .filter(o -> o.probe().foreign() && o.probe().roleAllowed() && o.probe().wokinghamRecordInPath())
                .collect(Collectors.groupingBy(o -> o.answer().status(), TreeMap::new, Collectors.counting()));

        System.out.printf("R3 tenancy matrix: %d operations × %d callers (%d roles + 2 partner clients, each in 2 authorities) "
                        + "= %d requests checked through the gateway, %d more directly at the services (%d callers); "
                        + "%d leaks, %d 5xx, %d errors not problem+json, %d unexpected statuses%n",
                operations.size(), callers.size(), OpenApiOperations.USER_ROLES.size(), gatewayRequests, directRequests,
                directSample.size(), leaks, serverErrors, notProblems, unexpected);
        System.out.printf("R3 foreign direction (Nottinghamshire → Wokingham's records): %d requests, %d of them unsafe methods "
                        + "with Wokingham's ids; answers by status %s; Wokingham's records re-read by their owners: %d of %d unchanged; "
                        + "events recorded for Wokingham meanwhile: %d; %d requests waited out the gateway's rate limit; %.1f s%n",
                outcomes.stream().filter(o -> o.probe().foreign()).count(), unsafeForeign, foreignStatuses,
                before.size() - changed.size(), before.size(), wokinghamEvents.size(), client.throttled(),
                (System.nanoTime() - started) / 1e9);
        System.out.printf("R3 Wokingham's records in the path, asked for by a Nottinghamshire role the endpoint allows: answers by "
                + "status %s (400: the body was refused before the lookup; 403: the role may not do that)%n", foreignRecordStatuses);
        violations.forEach((verdict, cases) -> {
            System.out.printf("R3 %s: %d%n", verdict, cases.size());
            cases.stream().limit(12).forEach(line -> System.out.printf("    %s%n", line));
        });
        changed.forEach(path -> System.out.printf("R3 changed by another authority's requests: %s%n    before: %s%n    after:  %s%n",
                path, ProbeClient.cut(before.get(path)), ProbeClient.cut(after.get(path))));
        wokinghamEvents.forEach(row -> System.out.printf("R3 event recorded for Wokingham during the foreign requests: %s%n", row));

        assertThat(changed).as("Wokingham's records read differently to their owners after the foreign requests").isEmpty();
        assertThat(wokinghamEvents).as("events recorded for Wokingham while only another authority sent requests").isEmpty();
        assertThat(violations).as("R3 violations (verdict → requests)").isEmpty();
    }

    /** Every demo user of both authorities (every realm role) and both partner clients of each. */
    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        for (String authority : List.of(FOREIGN, OWN)) {
            for (String role : OpenApiOperations.USER_ROLES) {
                callers.add(new Caller(authority + "-" + role, authority, role));
            }
            callers.add(new Caller("client:" + authority + "-court-system", authority, "partner-court"));
            callers.add(new Caller("client:" + authority + "-police-system", authority, "partner-police"));
        }
        return callers;
    }

    /** The request for {@code operation} as {@code caller}, its path filled with Wokingham's records. */
    private static Probe probe(Operation operation, Caller caller, String where, String base, WokinghamRecords records) {
        boolean foreign = !caller.authority().equals(OWN);
        boolean allowed = operation.allowedRoles().contains(caller.role());
        String[] segments = operation.path().split("/");
        boolean wokinghamInPath = false;
        boolean randomInPath = false;
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = records.pathValue(operation.module(), segments[i - 1], name);
                if (value == null) {
                    value = UUID.randomUUID().toString();
                    randomInPath = true;
                } else if (WokinghamRecords.namesARecord(name)) {
                    wokinghamInPath = true;
                }
                path.append(value);
            } else {
                path.append(segment);
            }
        }
        // query parameters that search by a record or a person: Wokingham's (another authority must find nothing by them)
        List<String> query = new ArrayList<>();
        for (OpenApiOperations.Parameter parameter : operation.parameters("query")) {
            String value = records.queryValue(parameter.name());
            if (value != null) {
                query.add(parameter.name() + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (!query.isEmpty()) {
            path.append('?').append(String.join("&", query));
        }
        String contentType = null;
        byte[] body = null;
        boolean wokinghamInBody = false;
        boolean placeholder = false;
        if (operation.hasBody()) {
            if (!operation.jsonBody()) {
                contentType = operation.bodyMediaType();
                // a real document where it must be refused; none where it may be taken (Wokingham's own roles)
                body = foreign || !allowed ? WokinghamRecords.PDF : new byte[0];
                placeholder = body.length == 0;
            } else {
                contentType = "application/json";
                JsonNode filled = operation.example()
                        .map(example -> foreign ? records.fillAsForeign(example, caller.authority()) : records.fill(example)).orElse(null);
                String filledText = filled == null ? "" : filled.toString();
                boolean namesWokingham = filled != null && records.markers().stream().anyMatch(filledText::contains);
                // the documented example, with Wokingham's ids, where the request must be refused whatever it carries (another
                // authority, a role not allowed); an empty object for Wokingham's allowed roles, which are not to succeed here
                boolean sendExample = filled != null && (foreign ? wokinghamInPath || namesWokingham : !allowed);
                body = (sendExample ? filledText : "{}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                wokinghamInBody = sendExample && namesWokingham;
                placeholder = !sendExample;
            }
        }
        return new Probe(operation, caller, where, base, path.toString(), contentType, body, allowed, foreign, wokinghamInPath,
                randomInPath, wokinghamInBody, placeholder);
    }

    private static List<Outcome> run(ProbeClient client, List<Probe> probes) throws InterruptedException {
        List<java.util.concurrent.Callable<Outcome>> sends = new ArrayList<>();
        for (Probe probe : probes) {
            sends.add(() -> new Outcome(probe, client.send(probe.base(), probe.operation().method(), probe.pathAndQuery(),
                    client.token(probe.caller().subject()), probe.contentType(), probe.body(),
                    Map.of("Access-Reason", "R3 tenancy matrix", "X-Correlation-Id", "r3-matrix-" + UUID.randomUUID()))));
        }
        return ProbeClient.inParallel(sends, THREADS);
    }

    /** What is wrong with one answer, or null. */
    static String verdict(Probe probe, ProbeClient.Answer answer, Set<String> markers) {
        int status = answer.status();
        if (status >= 500) {
            return "5xx";
        }
        if (!answer.ok() && !answer.problem()) {
            return "error not application/problem+json";
        }
        if (probe.foreign() && WokinghamRecords.containsAny(answer.body(), markers, probe.requestText())) {
            return "leak";
        }
        if (!probe.roleAllowed()) {
            if (answer.ok()) {
                return "2xx for a role the endpoint does not allow";
            }
            boolean validatedFirst = status == 400 && probe.placeholderBody();
            if (status != 403 && status != 404 && !validatedFirst) {
                return "not 403/404 for a role the endpoint does not allow";
            }
            return null;
        }
        if (probe.foreign() && probe.wokinghamRecordInPath()) {
            if (answer.ok()) {
                return "2xx on another authority's record";
            }
            // 400: the body was checked before the lookup; 403: the role may not do this at all; anything else (409, 422)
            // would tell the caller that the record exists
            if (status != 404 && status != 403 && status != 400) {
                return "not 404 on another authority's record";
            }
            return null;
        }
        if (probe.randomRecordInPath()) {
            if (answer.ok()) {
                return "2xx for a record that does not exist";
            }
            if (status != 400 && status != 401 && status != 403 && status != 404) {
                return "not 404 for a record that does not exist";
            }
            return null;
        }
        if (probe.foreign() && probe.wokinghamRecordInBody() && answer.ok()) {
            return "2xx for a request naming another authority's record in its body";
        }
        return null;
    }
}
