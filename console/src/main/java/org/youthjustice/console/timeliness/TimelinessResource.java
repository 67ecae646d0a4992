package org.youthjustice.console.timeliness;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youthjustice.console.api.Api;
import org.youthjustice.console.api.Json;
import org.youthjustice.console.web.FieldErrors;
import org.youthjustice.console.web.Formats;
import org.youthjustice.console.web.Page;
import org.youthjustice.console.web.Pages;

/**
 * Timeliness: how the partnership keeps its time limits (reporting-service's figures, GET /api/reporting/timeliness),
 * per rule and month, for the partnership, each authority or one authority's teams; a bar chart of the on-time rate per
 * month, the figures table with suppressed counts shown as reporting-service says ("fewer than 5"), and the same
 * figures as CSV. A manager follows a count of their own authority down to the time limits behind it, case by case
 * (GET /api/reporting/timeliness/cases); a partnership analyst reads aggregates only. reporting-service decides what
 * each caller sees: the page shows it, and why.
 */
@Path("/timeliness")
@Produces(MediaType.TEXT_HTML)
public class TimelinessResource {
    /** Time limits per page of the drill-down. */
    static final int PAGE_SIZE = 50;
    /** A safe download name from reporting-service's Content-Disposition (letters, digits, dots and hyphens only). */
    private static final Pattern DOWNLOAD_NAME = Pattern.compile("filename=\"([A-Za-z0-9._-]{1,100}\\.csv)\"");

    @Inject
    Api api;

    @Inject
    Page page;

    /** A count of the table: null when suppressed; a link to its time limits for a manager's own authority. */
    public record Cell(Long count, String href, String context) {
        public boolean suppressed() {
            return count == null;
        }
    }

    /** A reason time limits did not apply, with how many: null when suppressed. */
    public record Reason(String reason, Long count) {
    }

    /** One row of the figures: a rule's time limits due in a month, for the partnership, an authority or a team. */
    public record Row(String month, String rule, String authority, String team, boolean teamless, Cell due, Cell metOnTime,
            Cell metLate, Cell overdue, Cell notYetDue, Cell notApplicable, List<Reason> reasons, Double onTimeRate,
            boolean rateSuppressed) {
    }

    /** The figures as reporting-service gave them, with their charts. */
    public record Figures(String level, String from, String to, String generatedAt, String latestEvent, String access,
            String suppressedAs, List<Row> rows, List<RateChart> charts, boolean drillDown) {
    }

    /** One time limit of the drill-down. */
    public record Line(UUID timeLimitId, UUID caseId, String rule, String step, String team, LocalDate dueDate, String metAt,
            String status, String notApplicableReason) {
    }

    /** What the drill-down lists, and its page. */
    public record Drill(String title, String month, String rule, String team, String status, long total, int first, int last,
            String previous, String next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeliness(Filters filters, FieldErrors errors, Figures figures, String csv);

        static native TemplateInstance cases(Drill drill, List<Line> lines);
    }

    @GET
    public Response timeliness(@Context UriInfo uri) {
        mayRead();
        FieldErrors errors = new FieldErrors();
        Filters filters = Filters.of(uri.getQueryParameters(), page.authority(), errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.timeliness(filters, errors, null, null)).build();
        }
        Api.Answer answer = api.get("/api/reporting/timeliness?" + filters.apiQuery());
        if (answer.status() == 400) {
            refused(answer, errors);
            return Response.status(400).entity(Templates.timeliness(filters, errors, null, null)).build();
        }
        JsonNode body = Pages.ok(answer).body();
        filters.counted(Json.text(body, "from"), Json.text(body, "to"));
        return Response.ok(Templates.timeliness(filters, errors, figures(body), "/timeliness/figures.csv?" + filters.pageQuery()))
                .build();
    }

    /**
     * The figures as CSV, fetched from reporting-service with the user's token and handed on with its file name; a
     * filter it refuses sends the user back to the page, which says why.
     */
    @GET
    @Path("/figures.csv")
    @Produces({ "text/csv", MediaType.TEXT_HTML })
    public Response csv(@Context UriInfo uri) {
        mayRead();
        FieldErrors errors = new FieldErrors();
        Filters filters = Filters.of(uri.getQueryParameters(), page.authority(), errors);
        if (!errors.isEmpty()) {
            return Response.seeOther(URI.create("/timeliness?" + filters.pageQuery())).build();
        }
        Api.Answer answer = api.download("/api/reporting/timeliness.csv?" + filters.apiQuery(), "text/csv");
        if (answer.status() == 400) {
            return Response.seeOther(URI.create("/timeliness?" + filters.pageQuery())).build();
        }
        Pages.ok(answer);
        if (answer.contentType().filter(type -> type.startsWith("text/csv")).isEmpty()) {
            throw new ServiceUnavailableException("reporting-service answered no CSV");
        }
        String name = answer.contentDisposition().map(DOWNLOAD_NAME::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).orElse("timeliness.csv");
        return Response.ok(answer.bytes(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** A manager's own authority's time limits behind a count: one month, optionally one rule, team and outcome. */
    @GET
    @Path("/cases")
    public TemplateInstance cases(@QueryParam("month") String month, @QueryParam("rule") String rule, @QueryParam("team") String team,
            @QueryParam("status") String status, @QueryParam("page") Integer pageNumber) {
        if (!page.any(Page.TIMELINESS_CASE_READERS)) {
            throw new ForbiddenException();
        }
        // the month and the outcome are reporting-service's to check: what it refuses (400) is "Page not found" (Pages.ok)
        int number = pageNumber == null || pageNumber < 1 ? 1 : pageNumber;
        Map<String, String> query = new LinkedHashMap<>();
        putIfGiven(query, "month", month);
        putIfGiven(query, "rule", rule);
        putIfGiven(query, "team", team);
        putIfGiven(query, "status", status);
        Api.Answer answer = Pages.ok(api.get("/api/reporting/timeliness/cases?" + encode(query) + "&offset="
                + (long) (number - 1) * PAGE_SIZE + "&limit=" + PAGE_SIZE));
        YearMonth yearMonth = YearMonth.parse(month.strip());
        List<Line> lines = new ArrayList<>();
        for (JsonNode t : answer.body()) {
            String metAt = Json.text(t, "metAt");
            lines.add(new Line(Json.id(t, "timeLimitId"), Json.id(t, "caseId"), Json.text(t, "rule"), Json.text(t, "step"),
                    Json.text(t, "team"), Json.date(t, "dueDate"), metAt == null ? null : Formats.moment(Instant.parse(metAt)),
                    Json.text(t, "status"), Json.text(t, "notApplicableReason")));
        }
        long total = answer.totalCount().map(Long::parseLong).orElse((long) lines.size());
        int first = lines.isEmpty() ? 0 : (number - 1) * PAGE_SIZE + 1;
        int last = lines.isEmpty() ? 0 : first + lines.size() - 1;
        String here = "/timeliness/cases?" + encode(query) + "&page=";
        String title = (status == null || status.isEmpty() ? "" : statusWords(status) + ": ")
                + (rule == null || rule.isEmpty() ? "time limits" : rule + " time limits") + " due in " + Formats.month(yearMonth.toString());
        return Templates.cases(new Drill(Character.toUpperCase(title.charAt(0)) + title.substring(1), month, rule,
                team == null || team.isEmpty() ? null : team, status, total, first, last,
                number > 1 ? here + (number - 1) : null, last < total ? here + (number + 1) : null), lines);
    }

    private Figures figures(JsonNode body) {
        String level = Objects.requireNonNullElse(Json.text(body, "level"), "authority");
        boolean drillDown = page.any(Page.TIMELINESS_CASE_READERS) && !page.authority().isEmpty() && !"partnership".equals(level);
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : body.path("rows")) {
            rows.add(row(r, drillDown && page.authority().equals(Json.text(r, "authority"))));
        }
        String latest = Json.text(body, "latestEvent");
        String generated = Json.text(body, "generatedAt");
        return new Figures(level, Json.text(body, "from"), Json.text(body, "to"),
                generated == null ? "" : Formats.moment(Instant.parse(generated)),
                latest == null ? null : Formats.moment(Instant.parse(latest)), Json.text(body, "access"),
                Objects.requireNonNullElse(Json.text(body, "suppressedAs"), "fewer than 5"), rows,
                charts(level, Json.text(body, "from"), Json.text(body, "to"), rows), drillDown);
    }

    /**
     * A row of the answer; {@code own} when its counts link down to their time limits (the manager's own authority, as a
     * whole or one team; not the time limits with no team yet, which the drill-down cannot pick out).
     */
    private static Row row(JsonNode r, boolean own) {
        String month = Json.text(r, "month");
        String rule = Json.text(r, "rule");
        String team = Json.text(r, "team");
        boolean teamless = Json.flag(r, "teamless");
        boolean links = own && !teamless && month != null && rule != null;
        List<Reason> reasons = new ArrayList<>();
        r.path("notApplicableReasons").forEach(reason -> reasons.add(new Reason(Json.text(reason, "reason"), count(reason, "count"))));
        JsonNode rate = r.path("onTimeRate");
        boolean rateSuppressed = !rate.isNumber() && (count(r, "metOnTime") == null || count(r, "metLate") == null
                || count(r, "overdue") == null);
        return new Row(month, rule, Json.text(r, "authority"), team, teamless,
                cell(r, "due", null, "due", links, month, rule, team),
                cell(r, "metOnTime", "met-on-time", "met on time", links, month, rule, team),
                cell(r, "metLate", "met-late", "met late", links, month, rule, team),
                cell(r, "overdue", "overdue", "overdue", links, month, rule, team),
                cell(r, "notYetDue", "not-yet-due", "not yet due", links, month, rule, team),
                cell(r, "notApplicable", "not-applicable", "not applicable", links, month, rule, team),
                reasons, rate.isNumber() ? rate.asDouble() : null, rateSuppressed);
    }

    private static Cell cell(JsonNode r, String field, String status, String words, boolean links, String month, String rule,
            String team) {
        Long count = count(r, field);
        String href = null;
        if (links && count != null && count > 0) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("month", month);
            query.put("rule", rule);
            putIfGiven(query, "team", team);
            putIfGiven(query, "status", status);
            href = "/timeliness/cases?" + encode(query);
        }
        return new Cell(count, href, words + ", " + rule + ", " + Formats.month(month) + (team == null ? "" : ", " + Formats.words(team))
                + ": the time limits");
    }

    private static Long count(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asLong() : null;
    }

    /** A chart per rule and per authority (or team, or the partnership), over every month counted. */
    private static List<RateChart> charts(String level, String from, String to, List<Row> rows) {
        List<YearMonth> months = new ArrayList<>();
        try {
            for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
                months.add(m);
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        Map<String, Map<String, Row>> series = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((Row r) -> r.rule()).thenComparing(r -> Objects.requireNonNullElse(r.authority(), ""))
                .thenComparing(r -> r.teamless() ? "~" : Objects.requireNonNullElse(r.team(), ""))).forEach(r -> {
            String key = r.rule() + "|" + r.authority() + "|" + r.team() + "|" + r.teamless();
            series.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.month(), r);
            names.putIfAbsent(key, new String[] { r.rule(), seriesName(level, r) });
        });
        List<RateChart> charts = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Map<String, Row>> s : series.entrySet()) {
            List<RateChart.Month> points = new ArrayList<>();
            for (YearMonth m : months) {
                Row row = s.getValue().get(m.toString());
                points.add(new RateChart.Month(m, row == null ? null : row.onTimeRate(), noRate(row)));
            }
            String[] name = names.get(s.getKey());
            charts.add(RateChart.of("chart-" + ++index, name[0], name[1], points));
        }
        return charts;
    }

    private static RateChart.NoRate noRate(Row row) {
        if (row == null || row.onTimeRate() != null) {
            return row == null ? RateChart.NoRate.NOTHING_DUE : null;
        }
        if (row.rateSuppressed()) {
            return RateChart.NoRate.SUPPRESSED;
        }
        return row.due().count() != null && row.due().count() == 0 ? RateChart.NoRate.NOTHING_DUE : RateChart.NoRate.UNDECIDED;
    }

    private static String seriesName(String level, Row r) {
        return switch (level) {
            case "partnership" -> "the partnership";
            case "team" -> r.teamless() ? "not yet with a team" : Formats.words(r.team());
            default -> Formats.words(r.authority());
        };
    }

    /** reporting-service's refusal against the form's fields, in the form's words. */
    private static void refused(Api.Answer answer, FieldErrors errors) {
        for (Api.Violation violation : answer.violations()) {
            String field = violation.field() == null ? null : switch (violation.field()) {
                case "level", "rule", "authority", "from", "to" -> violation.field();
                default -> null;
            };
            String what = field == null ? null : switch (field) {
                case "from" -> "The first month";
                case "to" -> "The last month";
                case "level" -> "Show figures for";
                case "rule" -> "The rule";
                default -> "The authority";
            };
            String message = Objects.requireNonNullElse(violation.message(), "is not one reporting-service can count")
                    .replace("after to", "after the last month").replace("before to", "before the last month")
                    .replace("for level=team", "for figures by team").replace("YYYY-MM", "a month and year");
            errors.add(field, violation.rule(), what == null ? message : what + " " + message);
        }
    }

    static String statusWords(String status) {
        return switch (status) {
            case "met-on-time" -> "met on time";
            case "met-late" -> "met late";
            case "not-yet-due" -> "not yet due";
            case "not-applicable" -> "not applicable";
            default -> status;
        };
    }

    private static void putIfGiven(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.trim());
        }
    }

    private static String encode(Map<String, String> query) {
        StringBuilder encoded = new StringBuilder();
        query.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return encoded.toString();
    }

    private void mayRead() {
        if (!page.canReadTimeliness()) {
            throw new ForbiddenException();
        }
    }
}
