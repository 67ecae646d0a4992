package org.youthjustice.orders.referrals;

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
import org.youthjustice.orders.cases.CaseAccess;

/** Referrals for a specific intervention, and My Futures offers (MIL-15, MIL-16). */
@Path("/cases/{caseId}/intervention-referrals")
@Tag(name = "casework", description = "Contacts with the child and family, plans and their copies (MIL-1 to MIL-6)")
@Produces(MediaType.APPLICATION_JSON)
public class InterventionReferralResource {
    @Inject
    CaseAccess access;

    @Inject
    InterventionReferrals referrals;

    public record ReferralView(UUID id, UUID caseId, String programme, String referrer, String reason, LocalDate receivedOn,
            String decision, LocalDate decidedOn, String decidedBy, String team, UUID screeningId, Instant allocatedAt) {
        static ReferralView of(InterventionReferral r) {
            return new ReferralView(r.id, r.caseId, r.programme, r.referrer, r.reason, r.receivedOn, r.decision, r.decidedOn,
                    r.decidedBy, r.team, r.screeningId, r.allocatedAt);
        }
    }

    public record RecordedView(ReferralView referral, boolean duplicate) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record a referral for a specific intervention, or a My Futures offer, and its decision", description = """
            An accepted referral announces `intervention-referral.accepted` so that allocation-service allocates a \
            worker from `team` (by default the manager's own); the allocation that names the referral starts \
            MIL-15: the initial meeting within 5 days (met by a meeting with the child that is not a phone call) \
            and the action plan within 10 working days (met by a plan of kind `action-plan`). A `my-futures` offer \
            names the magistrates' court screen it follows (MIL-16). The same referral (programme and date \
            received) again answers 200 with the first.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "referral",
            value = """
                    {"programme": "specific-intervention", "referrer": "Children's Social Care, North locality",
                     "reason": "Knife crime awareness work", "receivedOn": "2026-11-20", "decision": "accepted",
                     "decidedOn": "2026-11-23", "team": "community-orders-unit"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class)))
    @APIResponse(responseCode = "200", description = "This referral was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed (a My Futures offer without its screen: MIL-16)")
    @APIResponse(responseCode = "404", description = "No such case in your authority")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    public Response record(@PathParam("caseId") UUID caseId, @Valid @NotNull InterventionReferrals.ReferralEntry entry) {
        var childCase = access.recordable(caseId);
        InterventionReferrals.Recorded recorded = once(() -> referrals.record(childCase, entry),
                () -> referrals.existing(caseId, entry).map(r -> new InterventionReferrals.Recorded(r, true)));
        return answer(recorded.duplicate(), new RecordedView(ReferralView.of(recorded.referral()), recorded.duplicate()));
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's intervention referrals, oldest first")
    @APIResponse(responseCode = "200", description = "The referrals; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response referralsOf(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(referrals.of(caseId).stream().map(ReferralView::of).toList(), page).toResponse(uri);
    }
}
