package org.youthjustice.transfers.caretaking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.caretaking.CaretakingRules.Side;
import org.youthjustice.transfers.caretaking.CaretakingViews.AgreementView;

/** The caretaking agreements of the caller's authority, as home or host: unsigned ones first of all (TRF-8). */
@Path("/transfers/caretaking")
@Tag(name = "caretaking", description = "Caretaking agreements between the home and host authorities, their reports and their end (TRF-2, TRF-8, TRF-9, TRF-14, TRF-15)")
@Produces(MediaType.APPLICATION_JSON)
public class CaretakingListResource {
    private static final List<String> STATUSES = List.of("awaiting-signatures", "in-force", "ended");

    @Inject
    Caretaking caretaking;

    @Inject
    CaretakingViews views;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Caretaking agreements your authority is a side of (TRF-8)", description = """
            `status=awaiting-signatures` lists the agreements not yet signed by both sides; `in-force` and `ended` the \
            others; no status: all, newest first.""")
    @APIResponse(responseCode = "200", description = "The agreements", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "agreements", value = "[" + CaretakingResource.AGREEMENT_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "An unknown status, or paging out of range (offset, limit): each field listed")
    public Response agreements(@QueryParam("status") String status, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        if (status != null && !STATUSES.contains(status)) {
            violations.add(Violation.ofField("status", "one of " + String.join(", ", STATUSES)));
        }
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        String authority = caller.authority();
        Page<CaretakingAgreement> agreements = caretaking.ofAuthority(authority, status, page);
        var lastContacts = caretaking.lastContactsOf(agreements.items().stream().map(agreement -> agreement.transferId).toList());
        return new Page<>(agreements.items().stream().map(agreement -> views.of(agreement, agreement.homeAuthority.equals(authority)
                ? Side.HOME : Side.HOST, lastContacts.get(agreement.transferId))).toList(), agreements.total(), page).toResponse(uri);
    }


}
