package org.youthjustice.orders.casework;

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
import java.util.Arrays;
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
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.orders.cases.CaseAccess;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/**
 * The casework that completes the case plan: contacts (MIL-1 to MIL-4, MIL-8), plans (MIL-6) and
 * review meetings (MIL-7). Recording the same thing twice answers 200 with what was recorded first.
 */
@Path("/cases/{caseId}")
@Tag(name = "casework", description = "Contacts with the child and family, plans and their copies (MIL-1 to MIL-6)")
@Produces(MediaType.APPLICATION_JSON)
public class CaseworkResource {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    Contacts contacts;

    @Inject
    Plans plans;

    /** MIL-8: when the contact was due to be recorded, and whether it was. */
    public record RecordingView(Instant dueAt, boolean onTime, String policyVersion) {
    }

    public record ContactView(UUID id, UUID caseId, UUID orderId, ContactType type, Instant occurredAt, boolean made,
            boolean announced, List<Attendee> present, String summary, Instant recordedAt, String recordedBy,
            RecordingView recording) {
        static ContactView of(Contact c) {
            return new ContactView(c.id, c.caseId, c.orderId, c.contactType, c.occurredAt, c.made, c.announced,
                    Arrays.stream(c.present).map(Attendee::valueOf).toList(), c.summary, c.recordedAt, c.recordedBy,
                    new RecordingView(c.recordingDueAt, c.recordedOnTime(), c.recordingPolicyVersion));
        }
    }

    public record PlanView(UUID id, UUID caseId, UUID orderId, String kind, LocalDate completedOn, boolean coProducedWithChild,
            LocalDate copiedToParentCarerOn, Integer sessionsPlanned, Integer spanWeeks, Instant recordedAt, String recordedBy) {
        static PlanView of(Plan p) {
            return new PlanView(p.id, p.caseId, p.orderId, p.kind, p.completedOn, p.coProducedWithChild, p.copiedToParentCarerOn,
                    p.sessionsPlanned, p.spanWeeks, p.recordedAt, p.recordedBy);
        }
    }

    public record MeetingView(UUID id, UUID caseId, UUID orderId, LocalDate heldOn, boolean childAttended,
            boolean parentCarerAttended, Instant recordedAt, String recordedBy) {
        static MeetingView of(ReviewMeeting m) {
            return new MeetingView(m.id, m.caseId, m.orderId, m.heldOn, m.childAttended, m.parentCarerAttended, m.recordedAt,
                    m.recordedBy);
        }
    }

    /**
     * What recording did: the record, whether it had been recorded before, the milestones it met and
     * started, and what still stops it meeting its milestone.
     */
    public record RecordedView<T>(T recorded, boolean duplicate, List<MilestoneView> met, List<MilestoneView> started,
            List<String> outstanding) {
    }

    public record CopySent(@NotNull LocalDate sentOn) {
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.COURT_OFFICER })
    @Operation(summary = "Record a contact or an attempt at one", description = """
            A contact made with the child present meets post-sentence contact (MIL-1) and first contact (MIL-2); a \
            home visit made meets the home visit due (MIL-4) and starts the next one, and meets the unannounced \
            visit (MIL-3). A phone call that did not reach the child while first contact is due starts the \
            unannounced home visit (MIL-3). A YJS court officer records the post-sentence contact only. Each contact \
            shows whether it was recorded within its time limit (MIL-8). Case workers record on the cases they hold.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "home visit",
            value = """
                    {"type": "home-visit", "occurredAt": "2026-11-23T16:30:00Z", "made": true, "announced": false,
                     "present": ["child", "parent-carer"], "summary": "Talked through the first appointments."}""")))
    @APIResponse(responseCode = "201", description = "Recorded, with the milestones it met and started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = ContactView.class))))
    @APIResponse(responseCode = "200", description = "This contact (same type and time) was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = ContactView.class))))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public Response recordContact(@PathParam("caseId") UUID caseId, @Valid @NotNull Contacts.ContactEntry entry) {
        var childCase = access.workable(caseId);
        Contacts.Recorded recorded = once(() -> contacts.record(childCase, entry),
                () -> contacts.existing(caseId, entry).map(c -> new Contacts.Recorded(c, true, List.of(), List.of())));
        return answer(recorded.duplicate(), new RecordedView<>(ContactView.of(recorded.contact()), recorded.duplicate(),
                views(recorded.met()), views(recorded.started()), List.of()));
    }

    @GET
    @Path("/contacts")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's contacts, oldest first")
    @APIResponse(responseCode = "200", description = "The contacts; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response contacts(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(contacts.of(caseId).stream().map(ContactView::of).toList(), page).toResponse(uri);
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record an intervention plan or a plan review (MIL-6), or an action plan (MIL-15)", description = """
            A plan co-produced with the child, with its copy sent to the parent/carer when the child is under 16 \
            (X-6), meets the plan or plan review due and starts the next review; a specific intervention's \
            `action-plan`, which also states `sessionsPlanned` and `spanWeeks` (422, MIL-15, without them), meets \
            MIL-15's action plan. Without the co-production or the copy a plan is recorded and \
            `outstanding` says what is missing; record the copy later with `POST .../plans/{planId}/copy`.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan",
            value = """
                    {"kind": "intervention-plan", "completedOn": "2026-11-20", "coProducedWithChild": true,
                     "copiedToParentCarerOn": "2026-11-21"}""")))
    @APIResponse(responseCode = "201", description = "Recorded, with the milestones it met and what is outstanding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = PlanView.class))))
    @APIResponse(responseCode = "200", description = "This plan (same kind and date) was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = PlanView.class))))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public Response recordPlan(@PathParam("caseId") UUID caseId, @Valid @NotNull Plans.PlanEntry entry) {
        var childCase = access.workable(caseId);
        Plans.Recorded<Plan> recorded = once(() -> plans.record(childCase, entry),
                () -> plans.existingPlan(caseId, entry).map(p -> new Plans.Recorded<>(p, true, CasePlan.Progress.none(), List.of())));
        return answer(recorded.duplicate(), new RecordedView<>(PlanView.of(recorded.record()), recorded.duplicate(),
                views(recorded.progress().met()), views(recorded.progress().started()), recorded.outstanding()));
    }

    @POST
    @Path("/plans/{planId}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record that a plan's copy went to the parent/carer (MIL-6, X-6)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "copy sent",
            value = "{\"sentOn\": \"2026-11-23\"}")))
    @APIResponse(responseCode = "200", description = "Recorded (or recorded before), with the milestones it met")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such case or plan in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public RecordedView<PlanView> copySent(@PathParam("caseId") UUID caseId, @PathParam("planId") UUID planId,
            @Valid @NotNull CopySent copy) {
        Plans.Recorded<Plan> recorded = plans.copySent(access.workable(caseId), planId, copy.sentOn());
        return new RecordedView<>(PlanView.of(recorded.record()), recorded.duplicate(), views(recorded.progress().met()),
                views(recorded.progress().started()), recorded.outstanding());
    }

    @GET
    @Path("/plans")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's plans and plan reviews, oldest first")
    @APIResponse(responseCode = "200", description = "The plans; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response plans(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(plans.plansOf(caseId).stream().map(PlanView::of).toList(), page).toResponse(uri);
    }

    @POST
    @Path("/review-meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record a review plan meeting (MIL-7)", description = """
            A meeting the child and parent/carer attended meets the review meeting due and starts the next one.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "meeting",
            value = "{\"heldOn\": \"2026-11-20\", \"childAttended\": true, \"parentCarerAttended\": true}")))
    @APIResponse(responseCode = "201", description = "Recorded, with the milestones it met and what is outstanding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = MeetingView.class))))
    @APIResponse(responseCode = "200", description = "A meeting on this date was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class,
                    properties = @SchemaProperty(name = "recorded", implementation = MeetingView.class))))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public Response recordMeeting(@PathParam("caseId") UUID caseId, @Valid @NotNull Plans.MeetingEntry entry) {
        var childCase = access.workable(caseId);
        Plans.Recorded<ReviewMeeting> recorded = once(() -> plans.record(childCase, entry),
                () -> plans.existingMeeting(caseId, entry).map(m -> new Plans.Recorded<>(m, true, CasePlan.Progress.none(), List.of())));
        return answer(recorded.duplicate(), new RecordedView<>(MeetingView.of(recorded.record()), recorded.duplicate(),
                views(recorded.progress().met()), views(recorded.progress().started()), recorded.outstanding()));
    }

    @GET
    @Path("/review-meetings")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's review plan meetings, oldest first")
    @APIResponse(responseCode = "200", description = "The meetings; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response meetings(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(plans.meetingsOf(caseId).stream().map(MeetingView::of).toList(), page).toResponse(uri);
    }

    private List<MilestoneView> views(List<Milestone> milestones) {
        return MilestoneView.all(milestones, clock.instant(), calendar);
    }
}
