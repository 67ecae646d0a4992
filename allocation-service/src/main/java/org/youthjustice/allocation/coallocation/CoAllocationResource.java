package org.youthjustice.allocation.coallocation;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.ArrayList;
import java.util.Arrays;
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
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** Co-allocations of high-risk cases held by Band A workers or YJSOs (ALC-6). */
@Path("/co-allocations")
@Tag(name = "allocation", description = "Allocation requests and decisions: candidates ranked by capacity, band, gender principle and risk, with the evidence of every decision (ALC-*)")
@Produces(MediaType.APPLICATION_JSON)
public class CoAllocationResource {
    @Inject
    Clock clock;

    @Inject
    CoAllocations coAllocations;

    public record CoAllocationView(UUID id, UUID caseId, UUID caseManagerId, String reason, Instant raisedAt,
            CoAllocation.Status status, UUID coWorkerId, Instant coAllocatedAt, LocalDate agreementDueDate, boolean agreementOverdue,
            String tasks, Instant agreedAt, LocalDate nextReviewDueDate, boolean managementSupervision, Instant endedAt,
            String endedWhere) {
        static CoAllocationView of(CoAllocation c, Instant now) {
            boolean overdue = c.agreementDueAt != null && (c.agreedAt == null ? now : c.agreedAt).isAfter(c.agreementDueAt);
            return new CoAllocationView(c.id, c.caseId, c.caseManagerId, c.reason, c.raisedAt, c.status, c.coWorkerId, c.coAllocatedAt,
                    c.agreementDueDate, overdue, c.tasks, c.agreedAt, c.nextReviewDueDate, c.managementSupervision, c.endedAt,
                    c.endedWhere);
        }
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Co-allocations by status: raised (to co-allocate), co-allocated (in force) or ended (ALC-6)")
    @APIResponse(responseCode = "200", description = "The co-allocations, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoAllocationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "No such status, or paging out of range (offset, limit): each field listed")
    public Response list(@QueryParam("status") String status, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        CoAllocation.Status wanted = parse(status, "status", violations, s -> Arrays.stream(CoAllocation.Status.values())
                .filter(v -> v.wireName().equals(s)).findFirst().orElseThrow(), "raised, co-allocated or ended");
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        Instant now = clock.instant();
        Page<CoAllocation> found = coAllocations.list(wanted == null ? CoAllocation.Status.RAISED : wanted, page);
        return new Page<>(found.items().stream().map(c -> CoAllocationView.of(c, now)).toList(), found.total(), page).toResponse(uri);
    }


    @POST
    @Path("/{id}/co-worker")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Co-allocate a Band B worker or advanced practitioner, who is accountable (ALC-6)", description = """
            The task split is then due within 5 days and reviews every 6 weeks; a Band C co-worker brings management \
            supervision by a team manager. `case.co-allocated` follows.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "co-worker",
            value = "{\"workerId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"}")))
    @APIResponse(responseCode = "200", description = "Co-allocated")
    @APIResponse(responseCode = "404", description = "No such co-allocation or worker in your authority")
    @APIResponse(responseCode = "409", description = "Co-allocated or ended already")
    @APIResponse(responseCode = "422", description = "Not a Band B worker or advanced practitioner (ALC-6), or away (ALC-2)")
    public CoAllocationView coWorker(@PathParam("id") UUID id, @Valid @NotNull CoAllocations.CoWorkerEntry entry) {
        return CoAllocationView.of(coAllocations.coAllocate(id, entry), clock.instant());
    }

    @POST
    @Path("/{id}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record who does which tasks (ALC-6: within 5 days of the co-allocation)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tasks",
            value = "{\"tasks\": \"Dan: risk management plan and MAPPA liaison; Erin: weekly supervision sessions and home visits.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such co-allocation in your authority")
    @APIResponse(responseCode = "409", description = "Not in force")
    public CoAllocationView agreement(@PathParam("id") UUID id, @Valid @NotNull CoAllocations.AgreementEntry entry) {
        return CoAllocationView.of(coAllocations.agreed(id, entry), clock.instant());
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "A co-allocation review held (ALC-6: at least every 6 weeks); the next falls due 6 weeks on")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "review",
            value = "{\"heldOn\": \"2027-01-04\", \"note\": \"Risk remains high; co-allocation continues.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such co-allocation in your authority")
    @APIResponse(responseCode = "409", description = "Not in force")
    public CoAllocationView review(@PathParam("id") UUID id, @Valid @NotNull CoAllocations.ReviewEntry entry) {
        return CoAllocationView.of(coAllocations.reviewed(id, entry), clock.instant());
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "End the co-allocation where a case management meeting or supervision agreed it (ALC-6)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "end",
            value = "{\"agreedAt\": \"case-management-meeting\", \"note\": \"Risk now medium after the review assessment.\"}")))
    @APIResponse(responseCode = "200", description = "Ended; the co-worker no longer holds the case")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such co-allocation in your authority")
    @APIResponse(responseCode = "409", description = "Not in force")
    public CoAllocationView end(@PathParam("id") UUID id, @Valid @NotNull CoAllocations.EndEntry entry) {
        return CoAllocationView.of(coAllocations.ended(id, entry), clock.instant());
    }
}
