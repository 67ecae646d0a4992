package org.youthjustice.allocation.internaltransfer;

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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
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

/** A case's internal transfers (ALC-10): proposed by its case manager, and its history. */
@Path("/cases/{caseId}/internal-transfers")
@Tag(name = "internal transfer", description = "A case moved between teams of the same authority (ALC-13)")
@Produces(MediaType.APPLICATION_JSON)
public class CaseInternalTransferResource {
    @Inject
    InternalTransfers transfers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Propose moving the case to another locality team (ALC-10)", description = """
            By the case's case manager (or a manager), with the considerations weighed (Nottinghamshire §11.2: how \
            long the move lasts, time left on the order, the child's needs and wishes, continuity, risk). Their \
            manager endorses it next. One transfer of a case at a time.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal",
            value = """
                    {"toTeam": "north-locality", "reason": "Moved permanently to her aunt's in Mansfield (home visit 3 Jan); 9 months \
                    left on the order; she wants a worker nearer home; review assessment done, RoSH unchanged."}""")))
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = InternalTransferView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed: the case's own team, or no such team")
    @APIResponse(responseCode = "403", description = "Not the case's case manager, nor a manager")
    @APIResponse(responseCode = "404", description = "No such allocated case in your authority")
    @APIResponse(responseCode = "409", description = "A transfer of the case is under way already")
    public Response propose(@PathParam("caseId") UUID caseId, @Valid @NotNull InternalTransfers.Proposal proposal) {
        InternalTransfer transfer = transfers.propose(caseId, proposal);
        return Response.created(UriBuilder.fromResource(InternalTransferResource.class).path(transfer.id.toString()).build())
                .entity(transfers.views(List.of(transfer)).get(0)).build();
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "The case's internal transfers, newest first")
    @APIResponse(responseCode = "200", description = "The transfers, possibly none", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InternalTransferView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one of your cases")
    public Response history(@PathParam("caseId") UUID caseId, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        // one case's transfers: a handful at most, so the page is cut from the whole list
        Page<InternalTransfer> found = Page.of(transfers.ofCase(caseId), page);
        return new Page<>(transfers.views(found.items()), found.total(), page).toResponse(uri);
    }
}
