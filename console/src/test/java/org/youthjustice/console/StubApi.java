package org.youthjustice.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The services' answers the console's page tests see through the stubbed gateway: reporting-service's timeliness
 * figures, their CSV and a manager's drill-down to the cases, shaped as its OpenAPI document says (roles, 400
 * problems with violations, paging headers). The figures are fixed: Wokingham's in full, Nottinghamshire's with
 * suppressed counts, as reporting-service would answer a Wokingham manager. And one case's inspection evidence (JSON and
 * PDF), with the case files order-service holds for it and for a case no event of which has reached reporting-service.
 */
public final class StubApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Set<String> READERS = Set.of("service-manager", "team-manager", "partnership-analyst");
    private static final Set<String> MANAGERS = Set.of("service-manager", "team-manager");
    /** How many time limits the drill-down finds, whatever it is asked: two pages of the console's. */
    static final int CASES = 60;

    private StubApi() {
    }

    record Answer(int status, String type, String body, Map<String, String> headers) {
    }

    static Answer answer(String path, Map<String, String> query, String accept, Map<String, Object> caller) {
        Set<String> roles = StubPlatform.roles(caller);
        return switch (path) {
            case "/api/reporting/timeliness" -> figures(query, roles, false);
            case "/api/reporting/timeliness.csv" -> accept != null && accept.contains("text/csv") ? figures(query, roles, true)
                    : problem(406, "text/csv only", List.of());
            case "/api/reporting/timeliness/cases" -> cases(query, roles);
            default -> evidenceOrCase(path, accept, roles);
        };
    }

    private static Answer figures(Map<String, String> query, Set<String> roles, boolean csv) {
        if (roles.stream().noneMatch(READERS::contains)) {
            return problem(403, "only managers and partnership analysts read partnership statistics", List.of());
        }
        List<Map<String, String>> violations = new ArrayList<>();
        String level = query.getOrDefault("level", "authority");
        if (!List.of("partnership", "authority", "team").contains(level)) {
            violations.add(violation("level", "must be partnership, authority or team"));
        }
        YearMonth to = month(query.getOrDefault("to", "2026-11"), "to", violations);
        YearMonth from = query.containsKey("from") ? month(query.get("from"), "from", violations) : to == null ? null : to.minusMonths(11);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(violation("from", "must not be after to"));
        }
        String rule = query.get("rule");
        if (rule != null && !rule.matches("[A-Z]{2,4}-[0-9]{1,3}")) {
            violations.add(violation("rule", "must be a rule ID such as MIL-4"));
        }
        if ("team".equals(level) && !query.containsKey("authority")) {
            violations.add(violation("authority", "is required for level=team: the teams of which authority"));
        }
        if (!violations.isEmpty()) {
            return problem(400, "The request is not valid", violations);
        }
        List<Map<String, Object>> rows = rows(level, query.get("authority")).stream()
                .filter(r -> rule == null || rule.equals(r.get("rule")))
                .filter(r -> !YearMonth.parse((String) r.get("month")).isBefore(from) && !YearMonth.parse((String) r.get("month")).isAfter(to))
                .toList();
        if (csv) {
            StringBuilder body = new StringBuilder("month,rule,authority,team,due,metOnTime,metLate,overdue,notYetDue,notApplicable,onTimeRate\n");
            for (Map<String, Object> r : rows) {
                body.append(List.of("month", "rule", "authority", "team", "due", "metOnTime", "metLate", "overdue", "notYetDue",
                        "notApplicable", "onTimeRate").stream().map(f -> r.get(f) == null
                                ? ((List<?>) r.get("suppressed")).contains(f) ? "fewer than 5" : "" : String.valueOf(r.get(f)))
                        .collect(Collectors.joining(","))).append('\n');
            }
            return new Answer(200, "text/csv; charset=UTF-8", body.toString(), Map.of("Content-Disposition",
                    "attachment; filename=\"timeliness-" + level + "-" + from + "-to-" + to + ".csv\""));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("level", level);
        figures.put("from", from.toString());
        figures.put("to", to.toString());
        figures.put("generatedAt", StubPlatform.GENERATED_AT.toString());
        figures.put("latestEvent", "2026-11-30T16:59:58Z");
        figures.put("access", roles.stream().anyMatch(MANAGERS::contains)
                ? "a manager sees their own authority's figures in full and its cases; the partnership's and other authorities' figures with counts below 5 suppressed"
                : "a partnership analyst sees every authority's figures with counts below 5 suppressed, and no case");
        figures.put("suppressedAs", "fewer than 5");
        figures.put("rows", rows);
        return json(200, figures, Map.of());
    }

    /** The fixed figures of each level. */
    private static List<Map<String, Object>> rows(String level, String authority) {
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (level) {
            case "partnership" -> {
                rows.add(row("MIL-4", null, null, false, "2026-10", 40L, 30L, 6L, 4L, 0L, 2L, 0.75));
                rows.add(row("MIL-4", null, null, false, "2026-11", 24L, 16L, null, null, 0L, null, null, "metLate", "overdue", "notApplicable"));
            }
            case "team" -> {
                rows.add(row("MIL-4", authority, "community-orders", false, "2026-11", 9L, 6L, 2L, 1L, 0L, 0L, 0.667));
                rows.add(row("MIL-4", authority, null, true, "2026-11", 3L, 2L, 1L, 0L, 0L, 0L, 0.667));
            }
            default -> {
                rows.add(row("MIL-2", "wokingham", null, false, "2026-11", 7L, 0L, 0L, 0L, 7L, 0L, null));
                rows.add(row("MIL-4", "nottinghamshire", null, false, "2026-10", 20L, 15L, 5L, 0L, 0L, 0L, 0.75));
                rows.add(row("MIL-4", "wokingham", null, false, "2026-10", 10L, 5L, 5L, 0L, 0L, 0L, 0.5));
                rows.add(row("MIL-4", "nottinghamshire", null, false, "2026-11", 12L, 8L, null, null, 0L, null, null,
                        "metLate", "overdue", "notApplicable"));
                rows.add(row("MIL-4", "wokingham", null, false, "2026-11", 12L, 8L, 2L, 1L, 0L, 1L, 0.727));
                rows.add(row("MIL-4", "wokingham", null, false, "2024-01", 1L, 1L, 0L, 0L, 0L, 0L, 1.0));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(String rule, String authority, String team, boolean teamless, String month, Long due,
            Long metOnTime, Long metLate, Long overdue, Long notYetDue, Long notApplicable, Double rate, String... suppressed) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule", rule);
        row.put("authority", authority);
        row.put("team", team);
        row.put("teamless", teamless);
        row.put("month", month);
        row.put("due", due);
        row.put("metOnTime", metOnTime);
        row.put("metLate", metLate);
        row.put("overdue", overdue);
        row.put("notYetDue", notYetDue);
        row.put("notApplicable", notApplicable);
        boolean reasonSuppressed = Arrays.asList(suppressed).contains("notApplicable");
        row.put("notApplicableReasons", notApplicable != null && notApplicable == 0 ? List.of()
                : List.of(reason("order revoked", reasonSuppressed ? null : notApplicable)));
        row.put("onTimeRate", rate);
        row.put("suppressed", List.of(suppressed));
        return row;
    }

    private static Map<String, Object> reason(String reason, Long count) {
        Map<String, Object> counted = new LinkedHashMap<>();
        counted.put("reason", reason);
        counted.put("count", count);
        counted.put("suppressed", count == null);
        return counted;
    }

    /** A manager's own authority's time limits: {@link #CASES} of them, of the rule, team and outcome asked. */
    private static Answer cases(Map<String, String> query, Set<String> roles) {
        if (roles.stream().noneMatch(MANAGERS::contains)) {
            return problem(403, "a partnership analyst reads aggregates only, never a case", List.of());
        }
        String month = query.get("month");
        if (month == null || !MONTH.matcher(month).matches()) {
            return problem(400, "The request is not valid", List.of(violation("month", "is required, YYYY-MM")));
        }
        if (query.containsKey("status") && !List.of("met-on-time", "met-late", "overdue", "not-yet-due", "not-applicable")
                .contains(query.get("status"))) {
            return problem(400, "The request is not valid", List.of(violation("status",
                    "must be met-on-time, met-late, overdue, not-yet-due or not-applicable")));
        }
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        String status = query.getOrDefault("status", "overdue");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = offset; i < Math.min(CASES, offset + limit); i++) {
            LocalDate due = YearMonth.parse(month).atDay(1 + i % 28);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("timeLimitId", UUID.nameUUIDFromBytes(("time-limit-" + i).getBytes()).toString());
            item.put("caseId", caseId(i).toString());
            item.put("rule", query.getOrDefault("rule", "MIL-4"));
            item.put("step", "home-visit");
            item.put("team", query.getOrDefault("team", "community-orders"));
            item.put("responsibleWorker", UUID.nameUUIDFromBytes("worker".getBytes()).toString());
            item.put("dueDate", due.toString());
            item.put("dueAt", due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
            item.put("metAt", status.startsWith("met-") ? due.atTime(10, 30).toInstant(ZoneOffset.UTC).toString() : null);
            item.put("status", status);
            item.put("notApplicableReason", "not-applicable".equals(status) ? "order revoked" : null);
            items.add(item);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Total-Count", String.valueOf(CASES));
        if (offset + limit < CASES) {
            headers.put("Link", "</api/reporting/timeliness/cases?month=" + month + "&offset=" + (offset + limit) + "&limit=" + limit
                    + ">; rel=\"next\"");
        }
        return json(200, items, headers);
    }

    /** Who reads a case's inspection evidence (reporting-service's EvidenceResource). */
    private static final Set<String> EVIDENCE_READERS = Set.of("team-manager", "service-manager", "advanced-practitioner");
    private static final Pattern CASE = Pattern.compile("/api/orders/cases/([0-9a-f-]{36})");
    private static final Pattern EVIDENCE = Pattern.compile("/api/reporting/cases/([0-9a-f-]{36})/inspection-evidence(\\.pdf)?");
    /** A case order-service holds and reporting-service has facts of. */
    public static final UUID EVIDENCE_CASE = UUID.nameUUIDFromBytes("evidence-case".getBytes());
    /** A case order-service holds and no event of which has reached reporting-service yet. */
    public static final UUID NEW_CASE = UUID.nameUUIDFromBytes("new-case".getBytes());
    /** The PDF's bytes, as reporting-service would render them (only their start matters to the console). */
    public static final String PDF = "%PDF-1.7\n% inspection evidence\n%%EOF\n";

    /**
     * A case file (order-service) of {@link #EVIDENCE_CASE} or {@link #NEW_CASE}, and reporting-service's inspection evidence
     * of the first as JSON and as a PDF, shaped as its OpenAPI example; anything else is not found, as for another
     * authority's case.
     */
    private static Answer evidenceOrCase(String path, String accept, Set<String> roles) {
        Matcher file = CASE.matcher(path);
        if (file.matches()) {
            UUID id = UUID.fromString(file.group(1));
            return id.equals(EVIDENCE_CASE) || id.equals(NEW_CASE) ? json(200, caseFile(id), Map.of())
                    : problem(404, "case not found", List.of());
        }
        Matcher evidence = EVIDENCE.matcher(path);
        if (!evidence.matches()) {
            return problem(404, "not stubbed: " + path, List.of());
        }
        if (roles.stream().noneMatch(EVIDENCE_READERS::contains)) {
            return problem(403, "managers and advanced practitioners only", List.of());
        }
        if (!UUID.fromString(evidence.group(1)).equals(EVIDENCE_CASE)) {
            return problem(404, "case not found", List.of());
        }
        if (evidence.group(2) == null) {
            return new Answer(200, "application/json", EVIDENCE_JSON, Map.of());
        }
        return accept != null && accept.contains("application/pdf") ? new Answer(200, "application/pdf", PDF,
                Map.of("Content-Disposition", "attachment; filename=\"inspection-evidence-" + EVIDENCE_CASE + ".pdf\""))
                : problem(406, "application/pdf only", List.of());
    }

    private static Map<String, Object> caseFile(UUID id) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("id", id.toString());
        file.put("reference", "YJ-2026-000123");
        file.put("status", "open");
        file.put("readOnly", false);
        file.put("child", Map.of("givenName", "Sam", "familyName", "Evidence", "dateOfBirth", "2010-04-01",
                "genderIdentity", "male", "lookedAfter", false));
        for (String none : List.of("outcomes", "orders", "milestones", "allocations", "victimRiskFlags")) {
            file.put(none, List.of());
        }
        return file;
    }

    /**
     * {@link #EVIDENCE_CASE}'s evidence: assessment with three time limits (two met on time, one late) and an assessment;
     * planning with one overdue and one not applicable, and the order; delivery with facts and no time limit; reviewing
     * with nothing yet. Entries oldest first, as reporting-service sorts them.
     */
    static final String EVIDENCE_JSON = """
            {"caseId": "%s", "authority": "wokingham", "generatedAt": "2026-11-30T17:00:00Z",
             "standards": [
              {"standard": "assessment", "title": "Assessment",
               "question": "Is assessment well informed, analytical and personalised?",
               "timeLimits": {"met-on-time": 2, "met-late": 1, "overdue": 0, "not-yet-due": 0, "not-applicable": 0},
               "entries": [
                {"date": "2026-10-02", "kind": "risk-assessed", "rule": "MIL-5",
                 "summary": "Assessment (start) completed: risk of serious harm medium", "status": null},
                {"date": "2026-10-04", "kind": "time-limit", "rule": "MIL-9",
                 "summary": "Risk raised with manager (MIL-9), due 2026-10-04: met on time, 2026-10-04", "status": "met-on-time",
                 "step": "risk-raised-with-manager", "dueDate": "2026-10-04", "metOn": "2026-10-04", "reason": null},
                {"date": "2026-10-05", "kind": "time-limit", "rule": "MIL-5",
                 "summary": "First assessment review (MIL-5), due 2026-10-06: met on time, 2026-10-05", "status": "met-on-time",
                 "step": "first-assessment-review", "dueDate": "2026-10-06", "metOn": "2026-10-05", "reason": null},
                {"date": "2026-10-20", "kind": "time-limit", "rule": "MIL-10",
                 "summary": "Risk panel (MIL-10), due 2026-10-16: met late, 2026-10-20", "status": "met-late",
                 "step": "risk-panel", "dueDate": "2026-10-16", "metOn": "2026-10-20", "reason": null}]},
              {"standard": "planning", "title": "Planning",
               "question": "Is planning well informed, holistic and personalised?",
               "timeLimits": {"met-on-time": 0, "met-late": 0, "overdue": 1, "not-yet-due": 0, "not-applicable": 1},
               "entries": [
                {"date": "2026-09-01", "kind": "order-made", "rule": "ORD-1",
                 "summary": "Youth rehabilitation order made with 1 requirement, 2026-09-01 to 2027-09-01", "status": null},
                {"date": "2026-09-22", "kind": "time-limit", "rule": "MIL-6",
                 "summary": "Intervention plan (MIL-6), due 2026-09-22: overdue, not yet met", "status": "overdue",
                 "step": "intervention-plan", "dueDate": "2026-09-22", "metOn": null, "reason": null},
                {"date": "2026-10-01", "kind": "time-limit", "rule": "MIL-15",
                 "summary": "Intervention action plan (MIL-15), due 2026-10-01: not applicable (order revoked)",
                 "status": "not-applicable",
                 "step": "intervention-action-plan", "dueDate": "2026-10-01", "metOn": null, "reason": "order revoked"}]},
              {"standard": "delivery", "title": "Implementation and delivery",
               "question": "Are high-quality, well-focused, personalised and coordinated services delivered?",
               "timeLimits": {"met-on-time": 0, "met-late": 0, "overdue": 0, "not-yet-due": 0, "not-applicable": 0},
               "entries": [
                {"date": "2026-09-01", "kind": "case-allocated", "rule": "ALC-12",
                 "summary": "Allocated to a band-b case manager in team community-orders", "status": null},
                {"date": "2026-11-03", "kind": "warning-issued", "rule": "CMP-5",
                 "summary": "First warning letter issued after 1 unacceptable absence", "status": null}]},
              {"standard": "reviewing", "title": "Reviewing",
               "question": "Is reviewing of progress well informed, analytical and personalised?",
               "timeLimits": {"met-on-time": 0, "met-late": 0, "overdue": 0, "not-yet-due": 0, "not-applicable": 0},
               "entries": []}]}
            """.formatted(EVIDENCE_CASE);

    /** The case of the drill-down's time limit {@code i}. */
    public static UUID caseId(int i) {
        return UUID.nameUUIDFromBytes(("case-" + i).getBytes());
    }

    private static YearMonth month(String value, String field, List<Map<String, String>> violations) {
        if (value != null && MONTH.matcher(value).matches()) {
            return YearMonth.parse(value);
        }
        violations.add(violation(field, "must be a month, YYYY-MM"));
        return null;
    }

    private static Map<String, String> violation(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    static Answer problem(int status, String detail, List<Map<String, String>> violations) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status == 400 ? "Bad Request" : "Refused");
        problem.put("status", status);
        problem.put("detail", detail);
        if (!violations.isEmpty()) {
            problem.put("violations", violations);
        }
        Answer answer = json(status, problem, Map.of());
        return new Answer(status, "application/problem+json", answer.body(), Map.of());
    }

    private static Answer json(int status, Object body, Map<String, String> headers) {
        try {
            return new Answer(status, "application/json", JSON.writeValueAsString(body), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
