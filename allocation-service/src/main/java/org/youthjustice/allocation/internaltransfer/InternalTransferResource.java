package org.youthjustice.allocation.internaltransfer;

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
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** Internal transfers between locality teams (ALC-10), from endorsement to the three-way meeting. */
@Path("/internal-transfers")
@Tag(name = "internal transfer", description = "A case moved between teams of the same authority (ALC-13)")
@Produces(MediaType.APPLICATION_JSON)
public class InternalTransferResource {
    @Inject
    InternalTransfers transfers;

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Internal transfers leaving or joining a team, oldest first (ALC-10)", description = """
            `status` is `under-way` (the default: each with its next step, whose it is, when it is due and whether \
            it is overdue) or `closed` (completed, refused, withdrawn). `team` narrows to the transfers leaving or \
            joining that team. At most 500.""")
    @APIResponse(responseCode = "200", description = "The transfers, possibly none", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InternalTransferView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "No such status, or paging out of range (offset, limit): each field listed")
    public Response list(@QueryParam("team") String team, @QueryParam("status") String status,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        Boolean underWay = parse(status, "status", violations, s -> switch (s) {
            case "under-way" -> true;
            case "closed" -> false;
            default -> throw new IllegalArgumentException(s);
        }, "under-way or closed");
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        Page<InternalTransfer> found = transfers.list(team == null || team.isBlank() ? null : team.trim(), underWay == null || underWay, page);
        return new Page<>(transfers.views(found.items()), found.total(), page).toResponse(uri);
    }


    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "One internal transfer: where it stands, its next step, who is responsible meanwhile")
    @APIResponse(responseCode = "200", description = "The transfer")
    @APIResponse(responseCode = "404", description = "No such transfer in your authority, or not one of your cases")
    public InternalTransferView transfer(@PathParam("id") UUID id) {
        return view(transfers.transfer(id));
    }

    @POST
    @Path("/{id}/endorsement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The manager's endorsement of a proposed transfer (ALC-10)", description = """
            `decision` is `endorsed` or `not-agreed`. Not the proposer's own; a manager whose token names a team \
            decides for the case's team. Not agreed by a team manager, the transfer goes to the service manager \
            (`escalated`), whose decision ends it either way. Once endorsed (and, at MAPPA level 2 or 3, endorsed by \
            MAPPA), the receiving team allocates within 2 working days.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "endorsed",
            value = "{\"decision\": \"endorsed\", \"note\": \"Long-term move to her aunt's in Mansfield; 9 months left on the order.\"}")))
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Your own proposal; another team's; or escalated and you are not the service manager")
    @APIResponse(responseCode = "404", description = "No such transfer in your authority")
    @APIResponse(responseCode = "409", description = "Decided already")
    public InternalTransferView endorsement(@PathParam("id") UUID id, @Valid @NotNull InternalTransfers.Endorsement entry) {
        return view(transfers.endorse(id, entry));
    }

    @POST
    @Path("/{id}/mappa-endorsement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The MAPPA meeting's endorsement, for a child managed at MAPPA level 2 or 3 (ALC-10)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "mappa",
            value = "{\"meetingOn\": \"2027-01-12\", \"note\": \"Level 2 meeting agreed the transfer to the north team.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such transfer in your authority")
    @APIResponse(responseCode = "409", description = "Not needed (not MAPPA level 2 or 3), recorded already, or the transfer is allocated or closed")
    public InternalTransferView mappaEndorsement(@PathParam("id") UUID id, @Valid @NotNull InternalTransfers.MappaEndorsement entry) {
        return view(transfers.mappaEndorsed(id, entry));
    }

    @GET
    @Path("/{id}/candidates")
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The receiving team's workers ranked as the case's case manager, each with why", description = """
            The same ranking as any allocation: away (ALC-2) or students (ALC-7) left out; ALC-5, ALC-3/4 and \
            capacity (ALC-1) order the rest, each candidate with the rules choosing them would break.""")
    @APIResponse(responseCode = "200", description = "The ranked candidates and those left out")
    @APIResponse(responseCode = "404", description = "No such transfer in your authority")
    public CandidateRanking.Proposal candidates(@PathParam("id") UUID id) {
        return transfers.candidates(id);
    }

    @POST
    @Path("/{id}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The receiving team's manager names the new case manager (ALC-10: within 2 working days)", description = """
            A worker of the receiving team, checked like any candidate: left out by a rule is 422; breaking one needs \
            a `rationale`. The current case manager stays responsible until the three-way meeting, now due within 5 \
            working days. 422 ALC-10 while the manager's or MAPPA's endorsement is missing.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "allocation",
            value = "{\"workerId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"}")))
    @APIResponse(responseCode = "200", description = "Allocated; the three-way meeting is due")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Your token names another team than the receiving one")
    @APIResponse(responseCode = "404", description = "No such transfer or worker in your authority")
    @APIResponse(responseCode = "409", description = "Allocated already or closed; or another manager allocated it at the same moment")
    @APIResponse(responseCode = "422", description = "Endorsement missing, a worker of another team, or rules broken without a rationale")
    public InternalTransferView allocation(@PathParam("id") UUID id, @Valid @NotNull InternalTransfers.TransferAllocation entry) {
        return view(transfers.allocate(id, entry));
    }

    @POST
    @Path("/{id}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "The three-way meeting: held with the child, it is the formal transfer date (ALC-10)", description = """
            `outcome` is `held`, `child-did-not-attend` or `did-not-take-place`. Held, the new case manager and team \
            are responsible from `heldOn` and `internal-transfer.completed` follows, unless enforcement is under way \
            on an order of the case (422 ALC-10, each listed: completed by the current case manager first). Otherwise \
            nothing transfers: the original team stays responsible and the meeting is still due.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "held",
            value = "{\"heldOn\": \"2027-01-15\", \"outcome\": \"held\", \"note\": \"Contact arrangements confirmed; reparation "
                    + "sessions outstanding.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded: completed, or still due")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Neither a case manager of the transfer nor a manager")
    @APIResponse(responseCode = "404", description = "No such transfer in your authority, or not one of your cases")
    @APIResponse(responseCode = "409", description = "Not allocated yet, or closed")
    @APIResponse(responseCode = "422", description = "Enforcement under way (ALC-10)")
    public InternalTransferView meeting(@PathParam("id") UUID id, @Valid @NotNull InternalTransfers.Meeting entry) {
        return view(transfers.met(id, entry));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Withdraw a transfer under way: the case stays where it is")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "withdrawal",
            value = "{\"reason\": \"The family moved back to Ashfield.\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Neither the case manager nor a manager")
    @APIResponse(responseCode = "404", description = "No such transfer in your authority, or not one of your cases")
    @APIResponse(responseCode = "409", description = "Closed already")
    public InternalTransferView withdrawal(@PathParam("id") UUID id, @Valid @NotNull InternalTransfers.Withdrawal entry) {
        return view(transfers.withdraw(id, entry));
    }

    private InternalTransferView view(InternalTransfer transfer) {
        return transfers.views(List.of(transfer)).get(0);
    }
}
