package org.youthjustice.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;
import org.youthjustice.resilience.HostileValues.BadBody;
import org.youthjustice.resilience.HostileValues.BadValue;
import org.youthjustice.resilience.OpenApiOperations.Operation;
import org.youthjustice.resilience.OpenApiOperations.Parameter;

/**
 * R4, hostile input: for every documented operation with a request body or parameters, bad input derived from its
 * schema ({@link HostileValues}), sent as a Wokingham user whose role the operation allows (so that validation is
 * reached), with the path filled with Wokingham's real records. No answer is a 5xx; every refusal is a problem
 * ({@code application/problem+json}); no bad body is taken (2xx); nothing is stored (every table of every service counted
 * before and after, and no event in any outbox). The bad input includes a NUL character (U+0000) in each
 * free-text field, which no text column can hold, and the documented example followed by trailing content (not one JSON
 * document: 400), sent to records that do not exist so that a service that ignores the trailing content stores nothing
 * (it answers 404 instead). Through the gateway, and the parser-level attacks directly at each service too. The gateway
 * refuses a body over its limit with 413 as a problem; headers that are too large or carry CR/LF never get a 5xx, are
 * never reflected, and an ill-formed correlation id is replaced.
 */
@EndToEnd
@Order(1_073_741_843)
class HostileInputTest {
    private static final int THREADS = 4;
    private static final Pattern WELL_FORMED_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    enum Where { BODY, PATH, QUERY, HEADER }

    /** One bad input, where it goes and as whom. */
    record Attempt(Operation operation, Where where, String category, String what, String target, String base,
            String pathAndQuery, String caller, String contentType, byte[] body, Map<String, String> headers) {
        String describe() {
            return operation.method() + " " + ProbeClient.cut(pathAndQuery) + " [" + category + ": " + what + "] as " + caller
                    + " (" + target + ")";
        }
    }

    record Outcome(Attempt attempt, ProbeClient.Answer answer) {
    }

    @Test
    @DisplayName("R4 hostile input: every operation's schema-derived bad input (wrong types, missing fields, 1 MB strings, "
            + "10 000 levels of nesting, invalid UTF-8, NUL characters, malformed JSON, trailing content, wrong content types, "
            + "traversal and SQL in paths, bad query values) is refused as a problem, never a 5xx, and stores nothing")
    void badInputIsRefusedAsAProblemAndStoresNothing(RunningPlatform platform) throws Exception {
        long started = System.nanoTime();
        ProbeClient client = new ProbeClient(platform);
        List<Operation> operations = OpenApiOperations.load(platform);
        WokinghamRecords records = WokinghamRecords.of(platform, client);
        Map<String, String> services = platform.services();

        List<Attempt> attempts = new ArrayList<>();
        AtomicInteger turn = new AtomicInteger();
        int withInput = 0;
        for (Operation operation : operations) {
            List<String> callers = callers(operation);
            if (callers.isEmpty() || !operation.hasBody() && operation.parameters().isEmpty()) {
                continue;
            }
            withInput++;
            java.util.function.Supplier<String> caller = () -> callers.get(Math.floorMod(turn.getAndIncrement(), callers.size()));
            String filledPath = path(operation, records, null, null);
            // bodies
            if (operation.hasBody()) {
                if (operation.jsonBody()) {
                    JsonNode example = operation.example().map(records::fill).orElse(null);
                    List<BadBody> bodies = HostileValues.jsonBodies(operation, example);
                    for (BadBody body : bodies) {
                        if (body.what().equals(HostileValues.TRAILING)) {
                            // the document before the trailing content is the example itself: sent to records that do not
                            // exist, so that an answer other than 400 shows the trailing content ignored, and nothing is taken
                            // (not to a PUT on /…/{id}, which creates the record it names)
                            boolean createsWhatItNames = operation.method().equals("PUT") && operation.path().endsWith("}");
                            if (!operation.parameters("path").isEmpty() && !createsWhatItNames) {
                                attempts.add(new Attempt(operation, Where.BODY, body.category(), body.what(), "gateway",
                                        platform.gateway(), path(operation, null, null, null), caller.get(), body.contentType(),
                                        body.body(), Map.of()));
                            }
                            continue;
                        }
                        attempts.add(new Attempt(operation, Where.BODY, body.category(), body.what(), "gateway", platform.gateway(),
                                filledPath, caller.get(), body.contentType(), body.body(), Map.of()));
                    }
                    for (BadBody body : HostileValues.directSample(bodies)) {
                        if (body.what().equals(HostileValues.TRAILING)) {
                            continue;
                        }
                        attempts.add(new Attempt(operation, Where.BODY, body.category(), body.what(), "direct",
                                services.get(operation.module()), filledPath, caller.get(), body.contentType(), body.body(), Map.of()));
                    }
                } else {
                    for (BadBody body : HostileValues.documentBodies(operation)) {
                        attempts.add(new Attempt(operation, Where.BODY, body.category(), body.what(), "gateway", platform.gateway(),
                                filledPath, caller.get(), body.contentType(), body.body(), Map.of()));
                    }
                }
            }
            // path parameters, one at a time, with a body that would otherwise be taken (so the path is what is judged)
            String validContentType = operation.jsonBody() ? "application/json" : operation.bodyMediaType();
            byte[] validBody = !operation.hasBody() ? null : operation.jsonBody()
                    ? operation.example().map(records::fill).map(JsonNode::toString).orElse("{}").getBytes(StandardCharsets.UTF_8)
                    : WokinghamRecords.PDF;
            for (Parameter parameter : operation.parameters("path")) {
                for (BadValue value : HostileValues.pathValues()) {
                    attempts.add(new Attempt(operation, Where.PATH, value.category(), parameter.name() + " = " + value.what(), "gateway",
                            platform.gateway(), path(operation, records, parameter.name(), value.encoded()), caller.get(),
                            validContentType, validBody, Map.of()));
                }
            }
            // query parameters, one at a time; an unsafe request's body empty, so that nothing can be taken
            byte[] emptyBody = !operation.hasBody() ? null : operation.jsonBody() ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
            for (Parameter parameter : operation.parameters("query")) {
                for (BadValue value : HostileValues.queryValues()) {
                    attempts.add(new Attempt(operation, Where.QUERY, value.category(), parameter.name() + " = " + value.what(), "gateway",
                            platform.gateway(), filledPath + "?" + parameter.name() + "=" + value.encoded(), caller.get(),
                            validContentType, emptyBody, Map.of()));
                }
            }
            // header parameters (Access-Reason)
            for (Parameter parameter : operation.parameters("header")) {
                for (String value : List.of("", " ", "a".repeat(8000), "%0d%0aX-Injected: yes", "' or 1=1 --")) {
                    attempts.add(new Attempt(operation, Where.HEADER, "header", parameter.name() + " = "
                            + ProbeClient.cut(value), "gateway", platform.gateway(), filledPath, caller.get(), validContentType,
                            emptyBody, Map.of(parameter.name(), value)));
                }
            }
        }
        Map<String, Long> categories = attempts.stream().collect(Collectors.groupingBy(Attempt::category, TreeMap::new,
                Collectors.counting()));

        // nothing else writes now (the end-to-end flows are over, the matrix's effects applied): count, attack, count
        Map<String, Long> before = RowCounts.settled(platform, Duration.ofSeconds(90));
        List<Outcome> outcomes = run(client, attempts);
        // whatever the attack set off has settled (a write, or an event applied) before the count
        Map<String, Long> after = RowCounts.settled(platform, Duration.ofSeconds(60));
        Map<String, Long> grown = RowCounts.grown(before, after);
        grown.keySet().removeIf(table -> table.endsWith(".outbox"));
        List<RowCounts.OutboxRow> events = RowCounts.outboxSince(platform, before).stream()
                .filter(row -> !RowCounts.BACKGROUND_EVENTS.contains(row.type())).toList();

        Map<String, List<String>> violations = new TreeMap<>();
        Map<Integer, Long> refusedBeforeRouting = new TreeMap<>();
        for (Outcome outcome : outcomes) {
            ProbeClient.Answer answer = outcome.answer();
            if (refusedByTheHttpLayer(answer)) {
                refusedBeforeRouting.merge(answer.status(), 1L, Long::sum);
                continue;
            }
            String verdict = verdict(client, outcome.attempt(), answer);
            if (verdict != null) {
                violations.computeIfAbsent(verdict, v -> new ArrayList<>()).add(outcome.attempt().describe() + " → " + answer.brief());
            }
        }
        long serverErrors = violations.getOrDefault("5xx", List.of()).size();
        long notProblems = violations.getOrDefault("error not application/problem+json", List.of()).size();
        long viaGateway = attempts.stream().filter(a -> a.target().equals("gateway")).count();
        Map<Integer, Long> statuses = outcomes.stream().collect(Collectors.groupingBy(o -> o.answer().status(), TreeMap::new,
                Collectors.counting()));

        System.out.printf("R4 hostile input: %d operations with a body or parameters (of %d); %d bad inputs tried (%d through the "
                        + "gateway, %d directly at the services); 5xx seen: %d; non-problem answers seen: %d; refused by the HTTP layer "
                        + "before routing (bare, no problem body): %s; answers by status %s; %.1f s%n",
                withInput, operations.size(), attempts.size(), viaGateway, attempts.size() - viaGateway, serverErrors, notProblems,
                refusedBeforeRouting, statuses, (System.nanoTime() - started) / 1e9);
        System.out.printf("R4 bad inputs by category: %s%n", categories);
        System.out.printf("R4 stored meanwhile: court_outcome %d → %d, child_case %d → %d; tables grown: %s; events recorded: %d; "
                        + "%d requests waited out the gateway's rate limit%n",
                before.get("order_service.court_outcome"), after.get("order_service.court_outcome"),
                before.get("order_service.child_case"), after.get("order_service.child_case"), grown, events.size(),
                client.throttled());
        violations.forEach((verdict, cases) -> {
            System.out.printf("R4 %s: %d%n", verdict, cases.size());
            Map<String, Long> kinds = cases.stream().collect(Collectors.groupingBy(HostileInputTest::kindOf, TreeMap::new,
                    Collectors.counting()));
            System.out.printf("    by bad input: %s%n", kinds);
            cases.stream().limit(15).forEach(line -> System.out.printf("    %s%n", line));
        });
        Map<String, Long> eventTypes = events.stream().collect(Collectors.groupingBy(row -> row.database() + " " + row.type() + " ("
                + row.authority() + ")", TreeMap::new, Collectors.counting()));
        if (!events.isEmpty()) {
            System.out.printf("R4 events recorded during the hostile input: %s%n", eventTypes);
        }

        assertThat(after.get("order_service.court_outcome")).as("court outcomes stored").isEqualTo(before.get("order_service.court_outcome"));
        assertThat(after.get("order_service.child_case")).as("cases opened").isEqualTo(before.get("order_service.child_case"));
        assertThat(grown).as("tables that grew during the hostile input").isEmpty();
        assertThat(events).as("events recorded in the services' outboxes during the hostile input").isEmpty();
        assertThat(violations).as("R4 violations (verdict → requests)").isEmpty();
    }

    @Test
    @DisplayName("R4 hostile input: a 20 MB body is refused by the gateway with 413 as a problem, whether its length is "
            + "declared (Content-Length) or streamed (chunked), and nothing is stored")
    void aBodyOverTheGatewaysLimitIsRefusedWith413(RunningPlatform platform) {
        ProbeClient client = new ProbeClient(platform);
        String token = client.token("wokingham-court-officer");
        byte[] twentyMegabytes = ("{\"courtReference\":\"" + "x".repeat(20 * HostileValues.MEGABYTE) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Long> before = RowCounts.settled(platform, Duration.ofSeconds(30));
        Map<String, ProbeClient.Answer> answers = new LinkedHashMap<>();
        String head = "POST /api/orders/court-outcomes HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nX-Correlation-Id: r4-20mb-" + UUID.randomUUID().toString().substring(0, 8)
                + "\r\nConnection: close";
        answers.put("20 MB, Content-Length", ProbeClient.raw(platform.gateway(), head + "\r\nContent-Length: " + twentyMegabytes.length,
                twentyMegabytes, false));
        answers.put("20 MB, chunked", ProbeClient.raw(platform.gateway(), head + "\r\nTransfer-Encoding: chunked", twentyMegabytes, true));
        answers.put("11 MB, Content-Length", ProbeClient.raw(platform.gateway(), head + "\r\nContent-Length: " + 11 * HostileValues.MEGABYTE,
                java.util.Arrays.copyOf(twentyMegabytes, 11 * HostileValues.MEGABYTE), false));
        Map<String, Long> after = RowCounts.count(platform);

        answers.forEach((what, answer) -> System.out.printf("R4 gateway body limit, %s → %s%n", what, answer.brief()));
        assertThat(after.get("order_service.court_outcome")).as("court outcomes stored").isEqualTo(before.get("order_service.court_outcome"));
        assertThat(answers).allSatisfy((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.brief()).isEqualTo(413);
            assertThat(answer.problem()).as(what + " answered as a problem: " + answer.brief()).isTrue();
        });
    }

    @Test
    @DisplayName("R4 hostile input: bad headers (a 100 KB or 16 KB Authorization, an X-Correlation-Id with CR/LF, encoded "
            + "or raw, or too long) at the gateway and at each service: never a 5xx, never reflected, a fresh correlation id")
    void badHeadersAreRefusedOrReplaced(RunningPlatform platform) {
        ProbeClient client = new ProbeClient(platform);
        String token = client.token("wokingham-team-manager");
        Map<String, String> targets = new LinkedHashMap<>();
        platform.routes().forEach((module, route) -> targets.put("gateway /api/" + route, platform.gateway() + " /api/" + route + "/me"));
        platform.services().forEach((module, url) -> targets.put(module + " directly",
                url + " /api/" + platform.routes().get(module) + "/me"));
        List<String> violations = new ArrayList<>();
        Map<String, Map<Integer, Long>> byAttack = new LinkedHashMap<>();
        int tried = 0;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            String base = target.getValue().split(" ")[0];
            String path = target.getValue().split(" ")[1];
            Map<String, String> attacks = new LinkedHashMap<>();
            attacks.put("Authorization of 100 KB", "Authorization: Bearer " + "a".repeat(100 * 1024));
            attacks.put("Authorization of 16 KB", "Authorization: Bearer " + "a".repeat(16 * 1024));
            attacks.put("Authorization not Bearer", "Authorization: Basic " + java.util.Base64.getEncoder()
                    .encodeToString("wokingham-team-manager:Demo-Only-Passw0rd".getBytes(StandardCharsets.UTF_8)));
            attacks.put("X-Correlation-Id with CRLF and a second header",
                    "Authorization: Bearer " + token + "\r\nX-Correlation-Id: r4-crlf-0001\r\nSet-Cookie: hostile=1");
            attacks.put("X-Correlation-Id with a bare CR", "Authorization: Bearer " + token + "\r\nX-Correlation-Id: r4-cr\r-0001");
            attacks.put("X-Correlation-Id with a bare LF", "Authorization: Bearer " + token + "\r\nX-Correlation-Id: r4-lf\n-0001");
            attacks.put("X-Correlation-Id with %0d%0a", "Authorization: Bearer " + token
                    + "\r\nX-Correlation-Id: r4%0d%0aSet-Cookie:%20hostile=1");
            attacks.put("X-Correlation-Id of 10 000 characters", "Authorization: Bearer " + token + "\r\nX-Correlation-Id: "
                    + "a".repeat(10_000));
            attacks.put("X-Correlation-Id with SQL", "Authorization: Bearer " + token + "\r\nX-Correlation-Id: ' or 1=1 --");
            attacks.put("X-Correlation-Id twice", "Authorization: Bearer " + token + "\r\nX-Correlation-Id: r4-twice-0001"
                    + "\r\nX-Correlation-Id: r4-twice-0002");
            for (Map.Entry<String, String> attack : attacks.entrySet()) {
                tried++;
                ProbeClient.Answer answer = ProbeClient.raw(base, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + attack.getValue() + "\r\nConnection: close", null, false);
                byAttack.computeIfAbsent(attack.getKey(), k -> new TreeMap<>()).merge(answer.status(), 1L, Long::sum);
                String at = target.getKey() + ", " + attack.getKey() + " → " + answer.brief();
                if (answer.status() >= 500) {
                    violations.add("5xx: " + at);
                }
                if (!answer.ok() && !answer.problem() && !refusedByTheHttpLayer(answer)) {
                    violations.add("error not application/problem+json: " + at);
                }
                if (answer.header("set-cookie") != null || answer.header("x-injected") != null) {
                    violations.add("a header sent was reflected into the answer's headers: " + at);
                }
                String correlationId = answer.header("x-correlation-id");
                if (correlationId != null && !WELL_FORMED_CORRELATION_ID.matcher(correlationId).matches()) {
                    violations.add("an ill-formed correlation id was kept: " + at);
                }
                if (attack.getKey().startsWith("Authorization") && answer.ok()) {
                    violations.add("2xx without a valid token: " + at);
                }
            }
        }
        System.out.printf("R4 bad headers: %d requests (%d attacks × %d targets); answers by attack: %s%n", tried,
                byAttack.size(), targets.size(), byAttack);
        violations.forEach(line -> System.out.printf("R4 bad header: %s%n", line));
        assertThat(violations).as("R4 bad headers").isEmpty();
    }

    /** "category @ METHOD path" of a described attempt, its record ids left out, to count alike ones together. */
    private static String kindOf(String described) {
        int open = described.indexOf(" [");
        int colon = described.indexOf(':', open);
        if (open < 0 || colon < 0) {
            return described;
        }
        String operation = described.substring(0, open).replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("\\?.*$", "");
        return described.substring(open + 2, colon) + " @ " + operation;
    }

    /**
     * What the HTTP server refuses while parsing, before any route or handler (a request head too large, a URI too long,
     * a malformed header): a bare status with no body at all.
     */
    static boolean refusedByTheHttpLayer(ProbeClient.Answer answer) {
        return Set.of(400, 414, 431).contains(answer.status()) && answer.contentType() == null
                && (answer.body() == null || answer.body().isEmpty());
    }

    private static String verdict(ProbeClient client, Attempt attempt, ProbeClient.Answer answer) {
        if (answer.status() >= 500) {
            return "5xx";
        }
        if (!answer.ok() && !answer.problem()) {
            return "error not application/problem+json";
        }
        if (attempt.what().equals(HostileValues.TRAILING) && answer.status() != 400) {
            return "trailing content after the JSON document ignored (not 400)";
        }
        if (answer.ok()) {
            switch (attempt.where()) {
                case BODY:
                    return "hostile body accepted (2xx)";
                case PATH:
                    return "2xx for a hostile path value";
                case QUERY:
                    // SQL in a filter must match no more than any other value that matches nothing
                    if (attempt.category().equals("sql") && size(answer) > 0) {
                        String benign = attempt.pathAndQuery().replaceAll("=[^=&]*$", "=r4-no-such-value");
                        if (size(answer) > size(send(client, attempt, benign))) {
                            return "SQL metacharacters in a query answered more records than a value that matches nothing";
                        }
                    }
                    return null;
                default:
                    return null;
            }
        }
        return null;
    }

    /**
     * The Wokingham callers an operation allows (demo users by role, partner clients by theirs), so that its validation is
     * reached; taken in turn to stay within each caller's rate at the gateway.
     */
    private static List<String> callers(Operation operation) {
        List<String> callers = new ArrayList<>();
        for (String role : operation.allowedRoles()) {
            switch (role) {
                case "partner-court" -> callers.add("client:wokingham-court-system");
                case "partner-police" -> callers.add("client:wokingham-police-system");
                default -> {
                    if (OpenApiOperations.USER_ROLES.contains(role)) {
                        callers.add("wokingham-" + role);
                    }
                }
            }
        }
        return callers;
    }

    /**
     * The operation's path with Wokingham's records (a random id where none, or everywhere without {@code records}),
     * {@code replaced} given {@code value}.
     */
    private static String path(Operation operation, WokinghamRecords records, String replaced, String value) {
        String[] segments = operation.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (name.equals(replaced)) {
                    path.append(value);
                } else {
                    String filled = records == null ? null : records.pathValue(operation.module(), segments[i - 1], name);
                    path.append(filled == null ? UUID.randomUUID().toString() : filled);
                }
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    /**
     * Sends the attempts, one operation's after another and four operations at a time: two bad inputs to one record are
     * never in flight at once, so what one answer says is about its own input.
     */
    private static List<Outcome> run(ProbeClient client, List<Attempt> attempts) throws InterruptedException {
        Map<Operation, List<Attempt>> byOperation = new LinkedHashMap<>();
        attempts.forEach(attempt -> byOperation.computeIfAbsent(attempt.operation(), o -> new ArrayList<>()).add(attempt));
        List<java.util.concurrent.Callable<List<Outcome>>> perOperation = new ArrayList<>();
        for (List<Attempt> ofOperation : byOperation.values()) {
            perOperation.add(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                for (Attempt attempt : ofOperation) {
                    outcomes.add(new Outcome(attempt, send(client, attempt, attempt.pathAndQuery())));
                }
                return outcomes;
            });
        }
        return ProbeClient.inParallel(perOperation, THREADS).stream().flatMap(List::stream).toList();
    }

    private static ProbeClient.Answer send(ProbeClient client, Attempt attempt, String pathAndQuery) {
        Map<String, String> headers = new LinkedHashMap<>(attempt.headers());
        headers.putIfAbsent("Access-Reason", "R4 hostile input");
        headers.put("X-Correlation-Id", "r4-hostile-" + UUID.randomUUID());
        return client.send(attempt.base(), attempt.operation().method(), pathAndQuery, client.token(attempt.caller()),
                attempt.contentType(), attempt.body(), headers);
    }

    /** The number of elements of a JSON array answer (0 for anything else). */
    private static int size(ProbeClient.Answer answer) {
        try {
            JsonNode json = OpenApiOperations.JSON.readTree(answer.body());
            return json != null && json.isArray() ? json.size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
