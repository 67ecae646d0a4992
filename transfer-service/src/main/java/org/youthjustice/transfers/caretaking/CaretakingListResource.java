package org.youthjustice.transfers.caretaking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.caretaking.CaretakingRules.Side;
import org.youthjustice.transfers.caretaking.CaretakingViews.AgreementView;

/** The caretaking agreements of the caller's authority, as home or host: unsigned ones first of all (TRF-8). */
@Path("/transfers/caretaking")
@Tag(name = "caretaking")
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
    @APIResponse(responseCode = "200", description = "The agreements", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "agreements", value = "[" + CaretakingResource.AGREEMENT_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "An unknown status")
    public List<AgreementView> agreements(@QueryParam("status") String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalid(List.of(Violation.ofField("status", "one of " + String.join(", ", STATUSES))));
        }
        String authority = caller.authority();
        List<CaretakingAgreement> agreements = caretaking.ofAuthority(authority).stream()
                .filter(agreement -> status == null || CaretakingViews.status(agreement).equals(status)).toList();
        var lastContacts = caretaking.lastContactsOf(agreements.stream().map(agreement -> agreement.transferId).toList());
        return agreements.stream().map(agreement -> views.of(agreement, agreement.homeAuthority.equals(authority) ? Side.HOME
                : Side.HOST, lastContacts.get(agreement.transferId))).toList();
    }
}
