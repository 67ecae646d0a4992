package org.youthjustice.orders.closure;

import static org.youthjustice.kernel.recording.Recording.answer;
import static org.youthjustice.kernel.recording.Recording.once;

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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.orders.cases.CaseAccess;
import org.youthjustice.orders.casework.CaseworkResource.RecordedView;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/** Closing an order with its exit interview and completion letter (MIL-11). */
@Path("/cases/{caseId}/exit-interviews")
@Tag(name = "casework", description = "Contacts with the child and family, plans and their copies (MIL-1 to MIL-6)")
@Produces(MediaType.APPLICATION_JSON)
public class ClosureResource {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    Closures closures;

    public record ExitInterviewView(UUID id, UUID caseId, UUID orderId, LocalDate finalSessionOn, LocalDate interviewOn,
            LocalDate arrangedOn, String arrangedBy, LocalDate heldOn, String conductedBy, Boolean childAttended,
            Boolean parentCarerAttended, LocalDate completionLetterHandedOverOn) {
        static ExitInterviewView of(ExitInterview i) {
            return new ExitInterviewView(i.id, i.caseId, i.orderId, i.finalSessionOn, i.interviewOn, i.arrangedOn, i.arrangedBy,
                    i.heldOn, i.conductedBy, i.childAttended, i.parentCarerAttended, i.completionLetterHandedOverOn);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Arrange the exit interview that closes an order (MIL-11)", description = """
            Meets "exit interview arranged at least 2 weeks before the final session" and starts the closure \
            document (to a manager at least 2 days before the interview; complete it with \
            `POST /milestones/{id}/completion`) and the interview (within 5 days of the final session). An interview \
            before the final session or more than 5 days after it is refused (422, MIL-11). One exit interview per \
            order: the same arrangement again answers 200; a different one 409.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "arrangement",
            value = """
                    {"orderId": "0f8fad5b-d9cb-469f-a165-70867728950e", "finalSessionOn": "2027-05-14",
                     "interviewOn": "2027-05-18", "arrangedOn": "2027-04-26"}""")))
    @APIResponse(responseCode = "201", description = "Arranged, with the milestones it met and started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = ExitInterviewView.class))))
    @APIResponse(responseCode = "200", description = "Arranged before, the same way; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = ExitInterviewView.class))))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "The order's exit interview is already arranged differently, or the case "
            + "was transferred out of your authority (TRF-1): your record of it is read-only")
    @APIResponse(responseCode = "422", description = "The interview's date breaks MIL-11")
    public Response arrange(@PathParam("caseId") UUID caseId, @Valid @NotNull Closures.Arrangement entry) {
        var childCase = access.workable(caseId);
        Closures.Recorded recorded = once(() -> closures.arrange(childCase, entry),
                () -> closures.ofOrder(entry.orderId()).map(i -> new Closures.Recorded(i, true,
                        CasePlan.Progress.none(), List.of())));
        return answer(recorded.duplicate(), view(recorded));
    }

    @POST
    @Path("/{interviewId}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record the exit interview held (MIL-11)", description = """
            Starts the closure AssetPlus (within 4 weeks; met by an assessment of stage `closure`). With the \
            completion letter handed over it meets the exit interview; without, `outstanding` says so: record the \
            letter with `POST .../completion-letter`.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "held",
            value = """
                    {"heldOn": "2027-05-18", "conductedBy": "Sam Okafor (team manager)", "childAttended": true,
                     "parentCarerAttended": true, "completionLetterHandedOverOn": "2027-05-18"}""")))
    @APIResponse(responseCode = "200", description = "Recorded (or recorded before), with the milestones it met and started")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case or exit interview in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public RecordedView<ExitInterviewView> held(@PathParam("caseId") UUID caseId, @PathParam("interviewId") UUID interviewId,
            @Valid @NotNull Closures.Holding entry) {
        return view(closures.held(access.workable(caseId), interviewId, entry));
    }

    @POST
    @Path("/{interviewId}/completion-letter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record the completion letter handed to the child (MIL-11)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "handed over",
            value = "{\"handedOverOn\": \"2027-05-19\"}")))
    @APIResponse(responseCode = "200", description = "Recorded (or recorded before), with the milestones it met")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such case or exit interview in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    @APIResponse(responseCode = "422", description = "The interview is not recorded as held yet (MIL-11)")
    public RecordedView<ExitInterviewView> letterHandedOver(@PathParam("caseId") UUID caseId,
            @PathParam("interviewId") UUID interviewId, @Valid @NotNull Closures.LetterHandedOver entry) {
        return view(closures.letterHandedOver(access.workable(caseId), interviewId, entry.handedOverOn()));
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's exit interviews")
    @APIResponse(responseCode = "200", description = "The exit interviews, soonest first; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExitInterviewView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response interviews(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(closures.of(caseId).stream().map(ExitInterviewView::of).toList(), page).toResponse(uri);
    }

    private RecordedView<ExitInterviewView> view(Closures.Recorded recorded) {
        Instant now = clock.instant();
        return new RecordedView<>(ExitInterviewView.of(recorded.interview()), recorded.duplicate(),
                MilestoneView.all(recorded.progress().met(), now, calendar), MilestoneView.all(recorded.progress().started(), now, calendar),
                recorded.outstanding());
    }
}
