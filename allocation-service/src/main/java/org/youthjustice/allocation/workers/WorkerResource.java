package org.youthjustice.allocation.workers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.youthjustice.allocation.capacity.Capacities;
import org.youthjustice.allocation.capacity.CapacityPolicy;
import org.youthjustice.allocation.leave.LeaveCover;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.WorkerAbsence;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.QueryParameters;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** The authority's workforce: workers, their absences, whether each can take a case (ALC-2) and their capacity (ALC-1). */
@Path("/workers")
@Tag(name = "workforce", description = "Teams, case managers, their capacity and absences (ALC-1, ALC-2, ALC-7)")
@Produces(MediaType.APPLICATION_JSON)
public class WorkerResource {
    @Inject
    Clock clock;

    @Inject
    Workforce workforce;

    @Inject
    Capacities capacities;

    @Inject
    LeaveCover leave;

    public record AbsenceView(UUID id, WorkerAbsence.Kind kind, LocalDate startsOn, LocalDate endsOn, LocalDate expectedReturn,
            LocalDate returnedOn, String recordedBy, UUID coverWorkerId, java.time.Instant reviewedAt, String reviewNote) {
        static AbsenceView of(WorkerAbsence a) {
            return new AbsenceView(a.id, a.kind, a.startsOn, a.endsOn, a.expectedReturn, a.returnedOn, a.recordedBy, a.coverWorkerId,
                    a.reviewedAt, a.reviewNote);
        }
    }

    public record WorkerView(UUID id, String name, String team, String locality, Grade grade, String specialism,
            String genderIdentity, BigDecimal contractedHours, boolean active, Availability availability,
            CapacityPolicy.WorkerCapacity capacity, List<AbsenceView> absences) {
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Add a worker to the workforce, or change them", description = """
            The id is the worker's user id in the realm (allocations name workers by it). `grade`: yjso, band-a, \
            band-b, band-c, student, rj-worker or specialist (with `specialism`: health, substance-use, ete, \
            speech-and-language). `active: false` takes them out of allocation. The worker is your authority's: an id \
            another authority's worker has is 404, as for any record of another authority (X-1), and nothing is saved.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "senior case manager",
            value = """
                    {"name": "Sam Okafor", "team": "community-orders-unit", "locality": "east", "grade": "band-b",
                     "genderIdentity": "female", "contractedHours": 37}""")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "200", description = "Changed, or the same as before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Not a manager")
    @APIResponse(responseCode = "404", description = "The id is another authority's worker (X-1)")
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment")
    public Response save(@PathParam("id") UUID id, @Valid @NotNull Workforce.WorkerEntry entry) {
        Workforce.Saved saved = workforce.save(id, entry);
        WorkerView view = view(saved.worker(), Moments.ukToday(clock));
        return saved.created()
                ? Response.created(UriBuilder.fromPath("/api/allocations/workers/{id}").build(id)).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The workforce, or one team's, with each worker's availability and capacity on a day", description = """
            `team` narrows to one team; `on` (default today) is the day availability is judged for (ALC-2).""")
    @APIResponse(responseCode = "200", description = "The workers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WorkerView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid criteria or paging (offset, limit), each listed")
    public Response list(@QueryParam("team") String team, @QueryParam("on") String on, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        LocalDate day = QueryParameters.parse(on, "on", violations, LocalDate::parse, "a date, YYYY-MM-DD");
        PageRequest page = PageRequest.of(offset, limit, 200, 1000, violations);
        LocalDate date = day == null ? Moments.ukToday(clock) : day;
        // an authority's workforce is a few hundred at most, ordered by team and name: the page is cut from it before the
        // availability and capacity of its workers are worked out
        Page<Worker> found = Page.of(workforce.workers(team), page);
        List<Worker> workers = found.items();
        Map<UUID, CapacityPolicy.WorkerCapacity> capacity = capacities.of(workers);
        LocalDate imminentBy = workforce.imminentBy(date);
        Map<UUID, List<WorkerAbsence>> absences = workforce.absences(workers.stream().map(w -> w.id).toList());
        return new Page<>(workers.stream().map(w -> view(w, date, imminentBy, capacity.get(w.id), absences.getOrDefault(w.id, List.of())))
                .toList(), found.total(), page).toResponse(uri);
    }


    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "One worker: availability today (ALC-2), capacity with the sum behind it (ALC-1), absences")
    @APIResponse(responseCode = "200", description = "The worker")
    @APIResponse(responseCode = "404", description = "No such worker in your authority")
    public WorkerView get(@PathParam("id") UUID id) {
        return view(workforce.worker(id), Moments.ukToday(clock));
    }

    @POST
    @Path("/{id}/absences")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Record a worker's absence (ALC-2, ALC-8)", description = """
            `planned` leave with its first and last day (`endsOn`); `unplanned` from its first day, with the \
            `expectedReturn` when one is known.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "planned leave", value = "{\"kind\": \"planned\", \"startsOn\": \"2026-12-21\", \"endsOn\": \"2027-01-01\"}"),
            @ExampleObject(name = "sickness", value = "{\"kind\": \"unplanned\", \"startsOn\": \"2026-11-23\"}") }))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbsenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such worker in your authority")
    public Response recordAbsence(@PathParam("id") UUID id, @Valid @NotNull Workforce.AbsenceEntry entry) {
        WorkerAbsence absence = workforce.recordAbsence(id, entry);
        return Response.created(UriBuilder.fromPath("/api/allocations/workers/{id}").build(id)).entity(AbsenceView.of(absence)).build();
    }

    @POST
    @Path("/{id}/absences/{absenceId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The worker is back: their first day back")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "back",
            value = "{\"on\": \"2026-11-30\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such worker or absence in your authority")
    @APIResponse(responseCode = "409", description = "A different return is already recorded")
    public AbsenceView returned(@PathParam("id") UUID id, @PathParam("absenceId") UUID absenceId,
            @Valid @NotNull Workforce.ReturnEntry entry) {
        return AbsenceView.of(workforce.returned(id, absenceId, entry.on()));
    }

    @POST
    @Path("/{id}/absences/{absenceId}/cover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Name planned leave's cover worker (ALC-8)", description = """
            Each case the worker holds is announced as covered for the leave (`cover.arranged`); the cover must be at \
            work when it starts (ALC-2).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "cover",
            value = "{\"coverWorkerId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"}")))
    @APIResponse(responseCode = "200", description = "Cover named")
    @APIResponse(responseCode = "400", description = "Not planned leave, or not another worker who holds cases")
    @APIResponse(responseCode = "404", description = "No such worker or absence in your authority")
    @APIResponse(responseCode = "409", description = "Another cover is already named")
    @APIResponse(responseCode = "422", description = "The cover is away when the leave starts (ALC-2)")
    public AbsenceView cover(@PathParam("id") UUID id, @PathParam("absenceId") UUID absenceId,
            @Valid @NotNull LeaveCover.CoverEntry entry) {
        return AbsenceView.of(leave.cover(id, absenceId, entry));
    }

    @POST
    @Path("/{id}/absences/{absenceId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record the review of an unplanned absence's cases and planned contacts (ALC-8: in the first week)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "review",
            value = "{\"note\": \"Three appointments moved to Dan; two cancelled and rearranged for next week.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Not an unplanned absence, or no note")
    @APIResponse(responseCode = "404", description = "No such worker or absence in your authority")
    public AbsenceView review(@PathParam("id") UUID id, @PathParam("absenceId") UUID absenceId,
            @Valid @NotNull LeaveCover.ReviewEntry entry) {
        return AbsenceView.of(leave.reviewed(id, absenceId, entry));
    }

    private WorkerView view(Worker w, LocalDate date) {
        return view(w, date, workforce.imminentBy(date), capacities.of(w), workforce.absences(w.id));
    }

    /** The worker's absences are read once, for their availability (ALC-2) and their list. */
    private static WorkerView view(Worker w, LocalDate date, LocalDate imminentBy, CapacityPolicy.WorkerCapacity capacity,
            List<WorkerAbsence> absences) {
        return new WorkerView(w.id, w.name, w.team, w.locality, w.grade, w.specialism, w.genderIdentity, w.contractedHours, w.active,
                Availability.on(date, absences, imminentBy), capacity, absences.stream().map(AbsenceView::of).toList());
    }
}
