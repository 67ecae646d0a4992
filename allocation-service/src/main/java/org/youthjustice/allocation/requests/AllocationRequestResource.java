package org.youthjustice.allocation.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
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
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.events.allocations.AllocationKind;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.QueryParameters;
import org.youthjustice.problem.Violation;
import org.youthjustice.kernel.tenancy.Roles;

/** Cases waiting for a case manager, the candidates for each with why, and the manager's decision (ALC-1 to ALC-5, ALC-12). */
@Path("/allocation-requests")
@Tag(name = "allocation", description = "Allocation requests and decisions: candidates ranked by capacity, band, gender principle and risk, with the evidence of every decision (ALC-*)")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationRequestResource {
    @Inject
    Allocations allocations;

    @Inject
    ObjectMapper json;

    /**
     * @param caseReference the case's local reference (order-service's), what the team knows the case by
     * @param transferIn the transfer between authorities that brought the case here (TRF-1), absent otherwise
     * @param reason why the request was raised, where its kind does not say it all
     * @param closedReason why it was closed unallocated (the case transferred out, TRF-1)
     */
    public record RequestSummary(UUID id, UUID caseId, String caseReference, AllocationKind kind, UUID orderId, UUID referralId, String caseKind,
            String team, LocalDate dueDate, Instant dueAt, String policyVersion, AllocationRequest.Status status,
            String childPreference, TransferIn transferIn, String reason, String closedReason, Instant closedAt) {
        static RequestSummary of(AllocationRequest r, String caseReference) {
            return new RequestSummary(r.id, r.caseId, caseReference, r.kind, r.orderId, r.referralId, r.caseKind, r.team, r.dueDate, r.dueAt,
                    r.policyVersion, r.status, r.childPreference,
                    r.transferId == null ? null : new TransferIn(r.transferId, r.transferredFrom), r.reason, r.closedReason, r.closedAt);
        }
    }

    /** A case transferred in from another authority (TRF-1): the transfer, and the authority that held the case. */
    public record TransferIn(UUID transferId, String fromAuthority) {
    }

    public record DecisionView(UUID id, UUID workerId, UUID rjWorkerId, UUID studentId, List<String> rulesOverridden, String rationale, String decidedBy,
            Instant decidedAt, JsonNode evidence) {
    }

    public record RequestView(RequestSummary request, CandidateRanking.Proposal proposal,
            Allocations.RestorativeJustice restorativeJustice, DecisionView decision) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The open requests, soonest due first; `team` narrows to one team, `caseId` to one case's request",
            description = "Cases transferred in from another authority wait here too, due by the authority's TRF-1-allocation.")
    @APIResponse(responseCode = "200", description = "The open requests", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A case id that is not a UUID, or paging out of range (offset, limit): each field listed")
    public Response open(@QueryParam("team") String team,
            @Parameter(description = "the case whose open request to find (a partner's or a screen's link from the case)") @QueryParam("caseId") String caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 500, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        UUID forCase = QueryParameters.parse(caseId, "caseId", violations, UUID::fromString, "a case's id (UUID)");
        // a generous default: a team manager's screen reads the whole queue at once
        PageRequest page = PageRequest.of(offset, limit, 500, 1000, violations);
        Page<AllocationRequest> found = allocations.open(team, forCase, page);
        Map<UUID, String> references = allocations.caseReferences(found.items().stream().map(r -> r.caseId).toList());
        return new Page<>(found.items().stream().map(r -> RequestSummary.of(r, references.get(r.caseId))).toList(), found.total(), page)
                .toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "A request with its candidates ranked, each with why (open), or its decision with the evidence (allocated)", description = """
            Candidates come first by how few rules choosing them would break (ALC-5 Band B for high risk, ALC-3/4 the \
            gender principle, ALC-1 capacity), then spare capacity; absent workers (ALC-2), students (ALC-7) and \
            workers who hold no cases are listed apart with the reason. A case transferred in from another authority \
            names the transfer and that authority (`transferIn`, TRF-1); a request closed because its case was \
            transferred out says so (`closedReason`).""")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such request in your authority")
    public RequestView get(@PathParam("id") UUID id) {
        AllocationRequest request = allocations.request(id);
        AllocationDecision decision = allocations.decisionOf(id);
        return new RequestView(summary(request),
                request.status == AllocationRequest.Status.OPEN ? allocations.proposal(request) : null,
                request.status == AllocationRequest.Status.OPEN ? allocations.restorativeJustice(request) : null,
                decision == null ? null : view(decision));
    }

    @PUT
    @Path("/{id}/child-preference")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The child's choice of their case manager's gender, with the discussion (ALC-4)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "preference",
            value = "{\"caseManagerGender\": \"male\", \"discussion\": \"Spoke with Jamie at court; he would rather work with a man.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; the candidates are ranked by it")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such request in your authority")
    @APIResponse(responseCode = "409", description = "Already allocated, or closed (the case was transferred out)")
    public RequestSummary prefer(@PathParam("id") UUID id, @Valid @NotNull Allocations.PreferenceEntry entry) {
        return summary(allocations.prefer(id, entry));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Allocate the case to a candidate (ALC-12)", description = """
            A candidate whose choice breaks a rule needs a `rationale` (422 listing each rule otherwise); a worker left \
            out by a rule cannot be chosen (422 with the rule). The decision keeps its evidence; `case.allocated` \
            follows, and each specialist worker is asked to screen the allocation (ALC-13). Where a direct victim \
            consented to contact, `rjWorkerId` names the restorative justice worker allocated alongside (422 ALC-11 \
            otherwise). A student is never the case manager: `studentId` adds one beside the case manager, their \
            accountable primary worker (ALC-7). Decided already: 409.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "decision",
            value = "{\"workerId\": \"7b1f2c36-5d1e-4d8e-9a51-0c6f3e2a9b10\", \"rationale\": \"Discussed with Amy, who asked to stay with Dan.\"}")))
    @APIResponse(responseCode = "201", description = "Allocated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or no such worker in the team")
    @APIResponse(responseCode = "404", description = "No such request in your authority")
    @APIResponse(responseCode = "409", description = "Already allocated or closed, or allocated by someone else at the same moment")
    @APIResponse(responseCode = "422", description = "Rules the choice breaks, without a rationale; or a worker left out by a rule")
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull Allocations.DecisionEntry entry) {
        AllocationDecision decision = allocations.decide(id, entry);
        return Response.created(UriBuilder.fromPath("/api/allocations/allocation-requests/{id}").build(id)).entity(view(decision)).build();
    }

    private DecisionView view(AllocationDecision d) {
        try {
            return new DecisionView(d.id, d.workerId, d.rjWorkerId, d.studentId, List.of(d.rulesOverridden), d.rationale, d.decidedBy, d.decidedAt,
                    json.readTree(d.evidence));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestSummary summary(AllocationRequest request) {
        return RequestSummary.of(request, allocations.caseReferences(List.of(request.caseId)).get(request.caseId));
    }
}
