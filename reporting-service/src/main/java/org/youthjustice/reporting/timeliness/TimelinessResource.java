package org.youthjustice.reporting.timeliness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;
import org.youthjustice.reporting.timeliness.TimelinessRules.Level;

/**
 * The timeliness figures: per rule and month, for the partnership, each authority or one authority's teams, as JSON
 * or CSV; and, for a manager, the cases behind their own authority's figures.
 */
@Path("/")
@Tag(name = "timeliness", description = "How the partnership keeps its time limits (MIL-*, CMP-7): due, met on time, met "
        + "late, overdue now and not applicable, per rule, authority, team and month, with small counts suppressed")
@Produces(MediaType.APPLICATION_JSON)
public class TimelinessResource {
    /** The longest span of months one request counts. */
    static final int MAX_MONTHS = 36;
    private static final Pattern RULE = Pattern.compile("[A-Z]{2,4}-[0-9]{1,3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Inject
    Timeliness timeliness;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The answer: the figures and what stands behind them. */
    @Schema(name = "TimelinessFigures")
    public record FiguresView(
            @Schema(enumeration = { "partnership", "authority", "team" }) String level,
            @Schema(description = "First month counted, YYYY-MM", example = "2025-12") String from,
            @Schema(description = "Last month counted, YYYY-MM", example = "2026-11") String to,
            @Schema(description = "When the figures were worked out: overdue means past due at this moment") Instant generatedAt,
            @Schema(description = "The time of the newest event behind the figures (how far the read model has got)",
                    nullable = true) Instant latestEvent,
            @Schema(description = "What the caller sees and why") String access,
            @Schema(description = "How a suppressed count is shown", example = SuppressionPolicy.SHOWN_AS) String suppressedAs,
            List<TimelinessRow> rows) {
    }

    @GET
    @Path("/timeliness")
    @RolesAllowed({ ReportingAccessPolicy.SERVICE_MANAGER, ReportingAccessPolicy.TEAM_MANAGER, ReportingAccessPolicy.PARTNERSHIP_ANALYST })
    @Operation(summary = "Timeliness figures per rule and month, for the partnership, each authority, or one authority's teams",
            description = """
                    A time limit counts in the month of its due date, for the authority and team holding it (once met or \
                    closed, those that held it then). `due` counts those that apply; they end `metOnTime`, `metLate`, \
                    `overdue` (past due now and not met) or `notYetDue`; `notApplicable` counts those closed as not \
                    applying, with their reasons. A manager sees their own authority's figures in full; every other count \
                    (other authorities', the partnership's, and everything a partnership analyst reads) is null and named \
                    in `suppressed` when fewer than 5 children could be behind it, and a lone hidden count takes another \
                    with it so that it cannot be worked out by subtraction. `level=team` needs `authority`.""")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FiguresView.class), examples = @ExampleObject(name = "authorities", value = """
                    {"level": "authority", "from": "2026-11", "to": "2026-11", "generatedAt": "2026-11-30T17:00:00Z",
                     "latestEvent": "2026-11-30T16:59:58Z",
                     "access": "a manager sees their own authority's figures in full and its cases; the partnership's and other authorities' figures with counts below 5 suppressed",
                     "suppressedAs": "fewer than 5",
                     "rows": [{"rule": "MIL-4", "authority": "nottinghamshire", "team": null, "teamless": false, "month": "2026-11",
                               "due": 12, "metOnTime": 8, "metLate": null, "overdue": null, "notYetDue": 0, "notApplicable": null,
                               "notApplicableReasons": [], "onTimeRate": null, "suppressed": ["metLate", "overdue", "notYetDue", "notApplicable"]},
                              {"rule": "MIL-4", "authority": "wokingham", "team": null, "teamless": false, "month": "2026-11",
                               "due": 3, "metOnTime": 2, "metLate": 1, "overdue": 0, "notYetDue": 0, "notApplicable": 1,
                               "notApplicableReasons": [{"reason": "order revoked", "count": 1, "suppressed": false}],
                               "onTimeRate": 0.667, "suppressed": []}]}""")))
    @APIResponse(responseCode = "400", description = "A month that is not YYYY-MM, `from` after `to` or more than 36 months "
            + "apart, an unknown level or rule, `level=team` without an authority: each field listed")
    public FiguresView figures(
            @Parameter(description = "partnership, authority (default) or team") @QueryParam("level") String level,
            @Parameter(description = "first month, YYYY-MM; default 11 months before `to`") @QueryParam("from") String from,
            @Parameter(description = "last month, YYYY-MM; default this month") @QueryParam("to") String to,
            @Parameter(description = "one rule, e.g. MIL-4; default every rule") @QueryParam("rule") String rule,
            @Parameter(description = "the authority whose teams `level=team` counts") @QueryParam("authority") String authority) {
        ReportingAccessPolicy.Access access = access();
        Timeliness.Figures figures = timeliness.figures(criteria(level, from, to, rule, authority), access);
        return new FiguresView(figures.level().name().toLowerCase(Locale.ROOT), figures.from().toString(),
                figures.to().toString(), figures.now(), figures.latestEvent().orElse(null), access.reason(),
                SuppressionPolicy.SHOWN_AS, figures.rows());
    }

    @GET
    @Path("/timeliness.csv")
    @Produces("text/csv")
    @RolesAllowed({ ReportingAccessPolicy.SERVICE_MANAGER, ReportingAccessPolicy.TEAM_MANAGER, ReportingAccessPolicy.PARTNERSHIP_ANALYST })
    @Operation(summary = "The same timeliness figures as CSV, for a spreadsheet",
            description = "The rows of `GET /timeliness` with the same parameters, one line each; a suppressed count "
                    + "reads \"fewer than 5\". Not-applicable reasons are one column, `reason: count` separated by `; `.")
    @APIResponse(responseCode = "200", description = "The figures as CSV (RFC 4180, UTF-8)", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = """
                    month,rule,authority,team,due,metOnTime,metLate,overdue,notYetDue,notApplicable,onTimeRate,notApplicableReasons
                    2026-11,MIL-4,nottinghamshire,,12,8,fewer than 5,fewer than 5,fewer than 5,fewer than 5,,
                    2026-11,MIL-4,wokingham,,3,2,1,0,0,1,0.667,order revoked: 1
                    """)))
    @APIResponse(responseCode = "400", description = "As for `GET /timeliness`: each field listed")
    public Response csv(@QueryParam("level") String level, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("rule") String rule, @QueryParam("authority") String authority) {
        ReportingAccessPolicy.Access access = access();
        Timeliness.Figures figures = timeliness.figures(criteria(level, from, to, rule, authority), access);
        String name = "timeliness-" + figures.level().name().toLowerCase(Locale.ROOT) + "-" + figures.from() + "-to-" + figures.to() + ".csv";
        return Response.ok(TimelinessCsv.write(figures.rows()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/timeliness/cases")
    @RolesAllowed({ ReportingAccessPolicy.SERVICE_MANAGER, ReportingAccessPolicy.TEAM_MANAGER })
    @Operation(summary = "The time limits behind your own authority's figures for one month, case by case",
            description = "A manager's drill-down from a figure to the cases: the time limits of the caller's own "
                    + "authority due in `month`, optionally of one rule, one team and one outcome, soonest due first. "
                    + "Never another authority's (X-1), never for a partnership analyst (aggregates only).")
    @APIResponse(responseCode = "200", description = "The time limits", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Timeliness.CaseTimeLimit.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "cases", value = """
                    [{"timeLimitId": "5b0c7d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f",
                      "rule": "MIL-4", "step": "home-visit", "team": "community-orders",
                      "responsibleWorker": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "dueDate": "2026-11-16",
                      "dueAt": "2026-11-17T00:00:00Z", "metAt": null, "status": "overdue", "notApplicableReason": null}]""")))
    @APIResponse(responseCode = "400", description = "A month that is not YYYY-MM, an unknown rule or status, paging out of "
            + "range: each field listed")
    public Response cases(@Parameter(description = "the month, YYYY-MM (required)") @QueryParam("month") String month,
            @Parameter(description = "one rule, e.g. MIL-4") @QueryParam("rule") String rule,
            @Parameter(description = "one team of your authority") @QueryParam("team") String team,
            @Parameter(description = "met-on-time, met-late, overdue, not-yet-due or not-applicable") @QueryParam("status") String status,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        ReportingAccessPolicy.Access access = access();
        List<Violation> violations = new ArrayList<>();
        YearMonth parsedMonth = month == null || month.isBlank() ? null : month(month, "month", violations);
        if (month == null || month.isBlank()) {
            violations.add(Violation.ofField("month", "is required, YYYY-MM"));
        }
        String parsedRule = rule(rule, violations);
        String parsedTeam = name(team, "team", violations);
        Measure parsedStatus = null;
        if (status != null && !status.isBlank()) {
            parsedStatus = Measure.ofStatus(status.strip()).orElse(null);
            if (parsedStatus == null) {
                violations.add(Violation.ofField("status", "must be met-on-time, met-late, overdue, not-yet-due or not-applicable"));
            }
        }
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        if (!access.cases()) {
            throw ProblemException.forbidden("a partnership analyst reads aggregates only, never a case");
        }
        Timeliness.CasePage found = timeliness.cases(access.ownAuthority(), parsedMonth, parsedRule, parsedTeam, parsedStatus,
                page.offset(), page.limit());
        return new Page<>(found.items(), found.total(), page).toResponse(uri);
    }

    private ReportingAccessPolicy.Access access() {
        return ReportingAccessPolicy.decide(caller.roles(), caller.authority());
    }

    private Timeliness.Criteria criteria(String level, String from, String to, String rule, String authority) {
        List<Violation> violations = new ArrayList<>();
        Level parsedLevel = Level.AUTHORITY;
        if (level != null && !level.isBlank()) {
            try {
                parsedLevel = Level.valueOf(level.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.ofField("level", "must be partnership, authority or team"));
            }
        }
        YearMonth parsedTo = to == null || to.isBlank() ? YearMonth.from(Moments.ukToday(clock)) : month(to, "to", violations);
        YearMonth parsedFrom = from == null || from.isBlank() ? (parsedTo == null ? null : parsedTo.minusMonths(11))
                : month(from, "from", violations);
        if (parsedFrom != null && parsedTo != null) {
            if (parsedFrom.isAfter(parsedTo)) {
                violations.add(Violation.ofField("from", "must not be after to"));
            } else if (parsedFrom.plusMonths(MAX_MONTHS).isBefore(parsedTo.plusMonths(1))) {
                violations.add(Violation.ofField("from", "must be at most " + MAX_MONTHS + " months before to"));
            }
        }
        String parsedRule = rule(rule, violations);
        String parsedAuthority = name(authority, "authority", violations);
        if (parsedLevel == Level.TEAM && parsedAuthority == null && (authority == null || authority.isBlank())) {
            violations.add(Violation.ofField("authority", "is required for level=team: the teams of which authority"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new Timeliness.Criteria(parsedLevel, parsedFrom, parsedTo, parsedRule, parsedAuthority);
    }

    private static YearMonth month(String value, String field, List<Violation> violations) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add(Violation.ofField(field, "must be a month, YYYY-MM"));
        return null;
    }

    private static String rule(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!RULE.matcher(value.strip()).matches()) {
            violations.add(Violation.ofField("rule", "must be a rule ID such as MIL-4"));
            return null;
        }
        return value.strip();
    }

    private static String name(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!NAME.matcher(value.strip()).matches()) {
            violations.add(Violation.ofField(field, "must be lower-case letters, digits and hyphens"));
            return null;
        }
        return value.strip();
    }
}
