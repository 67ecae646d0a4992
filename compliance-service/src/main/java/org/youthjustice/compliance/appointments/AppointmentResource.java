package org.youthjustice.compliance.appointments;

import static org.youthjustice.kernel.problem.QueryParameters.parse;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.youthjustice.compliance.paging.Pages;
import org.youthjustice.compliance.supervision.CaseAccess;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** A child's appointments (CMP-1): scheduled, rescheduled before they start, attended or missed. */
@Path("/cases/{caseId}/appointments")
@Tag(name = "appointments", description = "Appointments under an order and their attendance (CMP-1, CMP-4)")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {
    @Inject
    CaseAccess access;

    @Inject
    Appointments appointments;

    public record AppointmentView(UUID id, UUID caseId, UUID orderId, String kind, Instant startsAt, Instant endsAt, String place,
            String withWhom, Appointment.Status status, UUID seriesId, UUID rescheduledFrom, UUID rescheduledTo,
            String rescheduleReason, String scheduledBy, String outcomeRecordedBy, Instant outcomeRecordedAt, String outcomeNote,
            Instant cancelledAt, String cancelReason) {
        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id, a.caseId, a.orderId, a.kind, a.startsAt, a.endsAt, a.place, a.withWhom, a.status,
                    a.seriesId, a.rescheduledFrom, a.rescheduledTo, a.rescheduleReason, a.scheduledBy, a.outcomeRecordedBy,
                    a.outcomeRecordedAt, a.outcomeNote, a.cancelledAt, a.cancelReason);
        }
    }

    public record ScheduledView(AppointmentView appointment, boolean duplicate) {
    }

    public record SeriesView(UUID seriesId, List<AppointmentView> scheduled, List<Appointments.Skipped> skipped) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Schedule an appointment under one of the child's orders (CMP-1)", description = """
            While the order is in force, ahead of time. The same appointment (order, kind and start) scheduled again \
            answers 200 with the first. Case workers schedule on the cases they hold; business support on any.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appointment",
            value = """
                    {"orderId": "0f8fad5b-d9cb-469f-a165-70867728950e", "kind": "supervision",
                     "startsAt": "2026-12-01T16:00:00Z", "endsAt": "2026-12-01T17:00:00Z",
                     "place": "YJS office, Station Road", "withWhom": "Case manager"}""")))
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduledView.class)))
    @APIResponse(responseCode = "200", description = "Scheduled before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduledView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed (in the past, outside the order)")
    @APIResponse(responseCode = "403", description = "You may read this case but not schedule on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "The case was transferred out of your authority (TRF-1): read-only here")
    public Response schedule(@PathParam("caseId") UUID caseId, @Valid @NotNull Appointments.AppointmentEntry entry) {
        var childCase = access.workable(caseId, Roles.BUSINESS_SUPPORT);
        var order = access.order(childCase, entry.orderId());
        Appointments.Scheduled scheduled = once(() -> appointments.schedule(childCase, order, entry),
                () -> appointments.existing(order.id, entry.kind(), entry.startsAt()).map(a -> new Appointments.Scheduled(a, true)));
        return answer(scheduled.duplicate(), new ScheduledView(AppointmentView.of(scheduled.appointment()), scheduled.duplicate()));
    }

    @POST
    @Path("/series")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Schedule a series of appointments for the weeks ahead (MIL-12: at least the month ahead)", description = """
            Every `everyDays` days from `firstStartsAt` up to `until` (at most 3 months ahead), each `minutes` long. \
            Days that are weekends, bank holidays or outside the order, and appointments already scheduled, are \
            skipped and listed with the reason.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "weekly",
            value = """
                    {"orderId": "0f8fad5b-d9cb-469f-a165-70867728950e", "kind": "supervision",
                     "firstStartsAt": "2026-12-01T16:00:00Z", "minutes": 60, "everyDays": 7, "until": "2026-12-31",
                     "place": "YJS office, Station Road"}""")))
    @APIResponse(responseCode = "201", description = "The series: what was scheduled, and what was skipped and why",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not schedule on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "The case was transferred out of your authority (TRF-1): read-only here")
    public Response scheduleSeries(@PathParam("caseId") UUID caseId, @Valid @NotNull Appointments.SeriesEntry entry) {
        var childCase = access.workable(caseId, Roles.BUSINESS_SUPPORT);
        Appointments.Series series = appointments.scheduleSeries(childCase, access.order(childCase, entry.orderId()), entry);
        return Response.status(Response.Status.CREATED).entity(new SeriesView(series.seriesId(),
                series.scheduled().stream().map(AppointmentView::of).toList(), series.skipped())).build();
    }

    @POST
    @Path("/{appointmentId}/rescheduling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Reschedule an appointment before it starts, with the reason (CMP-1)", description = """
            The appointment becomes `rescheduled` and names the new one, which the answer returns. Once it has \
            started, or once it is missed, it cannot be rescheduled: 409 naming CMP-1 (a missed appointment is \
            judged as an absence instead).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rescheduling",
            value = """
                    {"startsAt": "2026-12-02T16:00:00Z", "endsAt": "2026-12-02T17:00:00Z",
                     "reason": "School parents' evening; agreed with the child's mother by phone."}""")))
    @APIResponse(responseCode = "201", description = "The new appointment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed (a reason is required)")
    @APIResponse(responseCode = "404", description = "No such case or appointment in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Started, missed or already recorded: CMP-1; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    public Response reschedule(@PathParam("caseId") UUID caseId, @PathParam("appointmentId") UUID appointmentId,
            @Valid @NotNull Appointments.Rescheduling entry) {
        Appointment next = appointments.reschedule(access.workable(caseId, Roles.BUSINESS_SUPPORT), appointmentId, entry);
        return Response.status(Response.Status.CREATED).entity(AppointmentView.of(next)).build();
    }

    @POST
    @Path("/{appointmentId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record an appointment attended or missed (CMP-1)", description = """
            Once it has started. A missed appointment is announced (`appointment.missed`). The same record again \
            answers with the appointment unchanged; the other answer is 409: the first record stands.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "missed",
            value = "{\"attended\": false, \"note\": \"Did not arrive; no message.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, or the appointment has not started yet")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such case or appointment in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Already recorded otherwise, or rescheduled; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    public ScheduledView attendance(@PathParam("caseId") UUID caseId, @PathParam("appointmentId") UUID appointmentId,
            @Valid @NotNull Appointments.Attendance entry) {
        Appointments.Recorded recorded = appointments.attendance(access.workable(caseId), appointmentId, entry);
        return new ScheduledView(AppointmentView.of(recorded.appointment()), recorded.duplicate());
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's appointments between two dates (London), soonest first")
    @APIResponse(responseCode = "200", description = "The appointments, rescheduled ones included",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AppointmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "400", description = "A date that is not YYYY-MM-DD, or invalid paging values, each listed")
    public Response appointments(@PathParam("caseId") UUID caseId, @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        LocalDate fromDate = parse(from, "from", violations, LocalDate::parse, "a date, YYYY-MM-DD");
        LocalDate toDate = parse(to, "to", violations, LocalDate::parse, "a date, YYYY-MM-DD");
        PageRequest page = PageRequest.of(offset, limit, Pages.CASE_DEFAULT_LIMIT, Pages.CASE_MAX_LIMIT, violations); // one 400 for bad paging and bad criteria
        access.readable(caseId);
        // one case's appointments: a list bounded by its orders, cut from the whole
        return Page.of(appointments.of(caseId, fromDate, toDate).stream().map(AppointmentView::of).toList(), page).toResponse(uri);
    }
}
