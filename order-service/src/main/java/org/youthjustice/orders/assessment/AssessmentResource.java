package org.youthjustice.orders.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.events.orders.Mappa;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.recording.Recording;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.orders.cases.CaseAccess;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

@Path("/cases/{caseId}/assessments")
@Tag(name = "assessment and risk", description = "Assessments, their quality assurance, and risk levels (MIL-5, MIL-9)")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    Assessments assessments;

    public record AssessmentView(UUID id, UUID caseId, UUID orderId, String stage, LocalDate completedOn, RiskLevel rosh,
            RiskLevel saw, RiskLevel likelihoodOfReoffending, ScaledApproach scaledApproach, Mappa mappa,
            boolean significantChange, Instant recordedAt, String recordedBy, String qualityAssuredBy, Instant qualityAssuredAt) {
        public static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id, a.caseId, a.orderId, a.stage, a.completedOn, a.rosh, a.saw, a.likelihoodOfReoffending,
                    a.scaledApproach, a.mappa(), a.significantChange, a.recordedAt, a.recordedBy, a.qualityAssuredBy,
                    a.qualityAssuredAt);
        }
    }

    public record RecordedView(AssessmentView recorded, boolean duplicate, List<MilestoneView> met, List<MilestoneView> started) {
        static RecordedView of(Assessments.Recorded recorded, Instant now, WorkingDayCalendar calendar) {
            return new RecordedView(AssessmentView.of(recorded.assessment()), recorded.duplicate(),
                    MilestoneView.all(recorded.progress().met(), now, calendar), MilestoneView.all(recorded.progress().started(), now, calendar));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record an assessment and the risk levels it sets", description = """
            Announced as `risk.assessed`, flagged as a significant change when you say so or when RoSH or SaW rises \
            to high or very high. A change in RoSH or SaW starts raising it with the line manager (MIL-9, 2 working \
            days); high or very high starts a risk panel (MIL-10, 5 working days). The assessment review (MIL-5) is \
            met when a manager quality-assures it.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "review, risk up",
            value = """
                    {"stage": "review", "completedOn": "2026-11-20", "rosh": "high", "saw": "medium",
                     "likelihoodOfReoffending": "medium", "scaledApproach": "intensive", "mappa": {"category": 1, "level": 2},
                     "significantChange": true}""")))
    @APIResponse(responseCode = "201", description = "Recorded and announced, with the milestones it started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class)))
    @APIResponse(responseCode = "200", description = "This assessment (same stage and date) was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull Assessments.AssessmentEntry entry) {
        var childCase = access.workable(caseId);
        Assessments.Recorded recorded = Recording.once(() -> assessments.record(childCase, entry),
                () -> assessments.existing(caseId, entry)
                        .map(a -> new Assessments.Recorded(a, true, a.significantChange, CasePlan.Progress.none())));
        return Recording.answer(recorded.duplicate(), RecordedView.of(recorded, clock.instant(), calendar));
    }

    @POST
    @Path("/{assessmentId}/quality-assurance")
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Quality-assure an assessment (MIL-5)", description = """
            By a manager other than the assessment's author. Meets the assessment review due and starts the next, \
            6 months on.""")
    @APIResponse(responseCode = "200", description = "Quality assured (or it was already), with the milestones met and started")
    @APIResponse(responseCode = "403", description = "Not a manager role, or your own assessment")
    @APIResponse(responseCode = "404", description = "No such case or assessment in your authority")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public RecordedView qualityAssure(@PathParam("caseId") UUID caseId, @PathParam("assessmentId") UUID assessmentId) {
        return RecordedView.of(assessments.qualityAssured(access.recordable(caseId), assessmentId), clock.instant(), calendar);
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's assessments, oldest first; the last sets the current risk levels")
    @APIResponse(responseCode = "200", description = "The assessments; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response list(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(assessments.of(caseId).stream().map(AssessmentView::of).toList(), page).toResponse(uri);
    }
}
