package org.youthjustice.orders.caseplan;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.cases.CaseAccess;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/**
 * The due lists (what a team manager opens every morning, what a case manager works through) and the
 * milestone actions that have no casework record of their own: completing a statement step (MIL-9,
 * MIL-10) and closing a milestone that does not apply, with the reason.
 */
@Path("/milestones")
@Tag(name = "case plan", description = "Milestones and deadlines of the case plan, with how each date was worked out (MIL-*)")
@Produces(MediaType.APPLICATION_JSON)
public class MilestoneResource {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    DueMilestones dueMilestones;

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    CasePlan casePlan;

    @Inject
    AuditTrail audit;

    public record Completion(@NotNull LocalDate completedOn, @NotBlank @Size(max = 2000) String note) {
    }

    public record NotApplicable(@NotBlank @Size(min = 5, max = 2000) String reason) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Due list: open milestones, soonest due first", description = """
            `scope` is `mine` (milestones you are responsible for, the default), `team` (your team's, or the team \
            named by `team`) or `authority` (every open milestone of your authority; not for case workers). \
            Narrow by due date (`from`, `to`, inclusive, YYYY-MM-DD), `status` (`open`, the default, `due` or \
            `overdue`), `rule` (e.g. MIL-4) and `worker` (the milestones one worker is responsible for, e.g. those \
            falling due during their planned leave, ALC-8). Paged: `limit` lines (default 100, at most 500) from \
            `offset`; `X-Total-Count` says how many lines the whole list holds, `Link` points to the next and \
            previous pages.""")
    @APIResponse(responseCode = "200", description = "A page of the due list, possibly empty",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DueMilestones.DueMilestone.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A criterion, `offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "403", description = "A case worker asked for the whole authority's list")
    public Response dueList(@QueryParam("scope") String scope, @QueryParam("team") String team,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("status") String status,
            @QueryParam("rule") String rule, @QueryParam("worker") String worker,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        DueListScope whose = DueListScope.read(scope, team, caller, violations);
        String statusValue = status == null || status.isBlank() ? "open" : status.trim();
        if (!List.of("open", "due", "overdue").contains(statusValue)) {
            violations.add(Violation.ofField("status", "must be open, due or overdue"));
        }
        LocalDate fromDate = parse(from, "from", violations, LocalDate::parse, "a date as YYYY-MM-DD");
        LocalDate toDate = parse(to, "to", violations, LocalDate::parse, "a date as YYYY-MM-DD");
        UUID responsible = parse(worker, "worker", violations, UUID::fromString, "a worker's id");
        PageRequest page = page(offset, limit, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        whose.authorize(caller);

        return dueMilestones.list(whose, new DueMilestones.Criteria(statusValue, fromDate, toDate, responsible, rule), page,
                clock.instant()).toResponse(uri);
    }

    /** The page asked for; its violations join the criteria's, so that one 400 lists them all. */
    private static PageRequest page(String offset, String limit, List<Violation> violations) {
        try {
            return PageRequest.of(offset, limit, 100, 500);
        } catch (ProblemException invalid) {
            violations.addAll(invalid.problem().violations());
            return null;
        }
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Complete a milestone that has no record of its own (MIL-9, MIL-10)", description = """
            Raising a change in risk with the line manager (MIL-9) and holding a risk panel (MIL-10) are completed \
            by saying when, with a note (who was told, who sat on the panel). Other milestones are met by recording \
            their casework (a contact, a plan, a meeting, an assessment): for them this answers 422.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "risk panel",
            value = "{\"completedOn\": \"2026-11-23\", \"note\": \"Risk panel: TM, police, CSC; plan agreed.\"}")))
    @APIResponse(responseCode = "200", description = "Met (on time or late)")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such milestone in your authority, or not on a case you may see")
    @APIResponse(responseCode = "409", description = "The milestone is already closed")
    @APIResponse(responseCode = "422", description = "This milestone is met by recording its casework")
    public MilestoneView complete(@PathParam("id") UUID id, @Valid @NotNull Completion completion) {
        Milestone milestone = workable(id);
        if (!milestone.step().completedByStatement()) {
            throw ProblemException.ruleViolations(List.of(Violation.ofRule(milestone.rule, "step",
                    milestone.step + " is met by recording its casework (contact, plan, meeting or assessment)")));
        }
        LocalDate triggeredOn = milestone.triggeredAt.atZone(DeadlineCalculator.LONDON).toLocalDate();
        if (completion.completedOn().isAfter(Moments.ukToday(clock))
                || completion.completedOn().isBefore(triggeredOn)) {
            throw ProblemException.invalid(List.of(Violation.ofField("completedOn",
                    "must be between the milestone's trigger (" + triggeredOn + ") and today")));
        }
        casePlan.meet(milestone, CasePlan.startOf(completion.completedOn()),
                new Milestone.Evidence("statement", null, completion.note()), caller.username());
        audit.record("milestone.completed", "case", milestone.caseId, milestone.rule + ": " + completion.note());
        return MilestoneView.of(milestone, clock.instant(), calendar);
    }

    @POST
    @Path("/{id}/not-applicable")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Close a milestone that does not apply to this child, with the reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reason",
            value = "{\"reason\": \"Child placed out of area by the court; visits by the host YOT under caretaking.\"}")))
    @APIResponse(responseCode = "200", description = "Closed as not applicable; the reason is kept and audited")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such milestone in your authority, or not on a case you may see")
    @APIResponse(responseCode = "409", description = "The milestone is already closed")
    public MilestoneView notApplicable(@PathParam("id") UUID id, @Valid @NotNull NotApplicable notApplicable) {
        Milestone milestone = workable(id);
        casePlan.notApplicable(milestone, notApplicable.reason(), caller.username());
        audit.record("milestone.not-applicable", "case", milestone.caseId, milestone.rule + ": " + notApplicable.reason());
        return MilestoneView.of(milestone, clock.instant(), calendar);
    }

    private Milestone workable(UUID id) {
        Milestone milestone = casePlan.find(id).orElseThrow(() -> ProblemException.notFound("milestone " + id));
        try {
            access.workable(milestone.caseId);
        } catch (ProblemException notVisible) {
            if (notVisible.problem().status() == 404) {
                throw ProblemException.notFound("milestone " + id);
            }
            throw notVisible;
        }
        if (!milestone.isOpen()) {
            throw ProblemException.conflict("milestone " + id + " is already closed (" + milestone.status(clock.instant()) + ")");
        }
        return milestone;
    }
}
