package org.youthjustice.transfers.completion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferViews;

/** The home authority hands a full transfer over (TRF-1), once enforcement has finished (TRF-12, CMP-10). */
@Path("/transfers/{transferId}/completion")
@Tag(name = "transfer completion", description = "Completing a full transfer: the case becomes the receiving authority's (TRF-1, TRF-12)")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {
    @Inject
    Completions completions;

    @Inject
    TransferViews views;

    /** The formal transfer date; today when left out. */
    public record CompletionEntry(LocalDate formalTransferDate) {
    }

    /** Where completion stands: done, or what stands in its way. */
    public record CompletionView(UUID transferId, String status, LocalDate completedOn, String completedBy,
            List<Violation> blockers) {
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Whether the transfer can complete now, and what stands in its way (TRF-12, CMP-10)", description = """
            For both authorities of the transfer. `blockers` lists, with their rule IDs, what a completion now would be \
            refused for: not a full transfer (TRF-1), not accepted (TRF-6), a case the home authority no longer holds \
            (TRF-1), enforcement in progress (TRF-12).""")
    @APIResponse(responseCode = "200", description = "Where completion stands", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionView.class),
            examples = @ExampleObject(name = "blocked", value = """
                    {"transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "status": "accepted", "completedOn": null,
                     "completedBy": null, "blockers": [{"rule": "TRF-12", "field": "enforcement", "message":
                     "enforcement is in progress on order 5d0c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f (breach): the home authority's case manager finishes it before the transfer completes (CMP-10)"}]}""")))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    public CompletionView completion(@PathParam("transferId") UUID transferId) {
        Transfer transfer = completions.transfer(transferId);
        return new CompletionView(transfer.id, transfer.status.wireName(), transfer.completedOn, transfer.completedBy,
                completions.blockers(transfer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Complete an accepted full transfer: the case becomes the receiving authority's (TRF-1)", description = """
            By the home authority's managers. Refused while compliance-service has enforcement in progress on one of \
            the case's orders (422, one TRF-12 violation per order: the home's case manager finishes it first, \
            CMP-10). Announces transfer.completed: order-, allocation- and compliance-service move the case, its \
            orders, open milestones and supervision to the receiving authority, which allocates it; the home \
            authority keeps a read-only record of its period. From then on the receiving authority holds the case here \
            too: it may request a transfer of it, the home authority may not (X-1).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "complete",
            value = "{\"formalTransferDate\": \"2026-11-27\"}")))
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransferViews.TransferView.class),
            examples = @ExampleObject(name = "completed", value = """
                    {"id": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f",
                     "kind": "full", "homeAuthority": "wokingham", "receivingAuthority": "nottinghamshire",
                     "status": "completed", "completedOn": "2026-11-27"}""")))
    @APIResponse(responseCode = "400", description = "A formal transfer date before the acceptance or in the future")
    @APIResponse(responseCode = "403", description = "Only the home authority's managers complete a transfer")
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "409", description = "A caretaking transfer (TRF-1), not accepted / already completed (TRF-6), or "
            + "a case the home authority no longer holds: another transfer of it completed (TRF-1)")
    @APIResponse(responseCode = "422", description = "TRF-12: enforcement in progress", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "enforcement in progress", value = """
                    {"type": "urn:youth-justice:problem:rule-violation", "title": "The request breaks business rules", "status": 422,
                     "violations": [{"rule": "TRF-12", "field": "enforcement", "message": \
                     "enforcement is in progress on order 5d0c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f (breach): the home authority's case manager finishes it before the transfer completes (CMP-10)"}]}""")))
    public TransferViews.TransferView complete(@PathParam("transferId") UUID transferId, @Valid CompletionEntry entry) {
        return views.of(completions.complete(transferId, entry == null ? null : entry.formalTransferDate()));
    }
}
