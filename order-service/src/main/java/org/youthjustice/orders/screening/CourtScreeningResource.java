package org.youthjustice.orders.screening;

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

/** Magistrates' court tracking screens (MIL-16). */
@Path("/cases/{caseId}/court-screenings")
@Tag(name = "court screening", description = "Court listings screened by the court officer before the hearing")
@Produces(MediaType.APPLICATION_JSON)
public class CourtScreeningResource {
    @Inject
    CaseAccess access;

    @Inject
    CourtScreenings screenings;

    public record ScreeningView(UUID id, UUID caseId, UUID outcomeId, int adjournmentDays, boolean offenceIndicatesRiskToOthers,
            boolean otherAgenciesInvolved, boolean offerIntervention, List<String> reasons, String note, Instant screenedAt,
            String screenedBy) {
        static ScreeningView of(CourtScreening s) {
            return new ScreeningView(s.id, s.caseId, s.outcomeId, s.adjournmentDays, s.offenceIndicatesRiskToOthers,
                    s.otherAgenciesInvolved, s.offerIntervention, List.of(s.reasons), s.note, s.screenedAt, s.screenedBy);
        }
    }

    public record ScreenedView(ScreeningView screening, boolean duplicate) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Screen a child awaiting a magistrates' court hearing (MIL-16)", description = """
            Screens the case's latest hearing, adjourned to a date still to come: offer a My Futures intervention \
            when (the adjournment is longer than 6 weeks, by the authority's policy, or the offence indicates a risk \
            to others) and no other agency is involved. The answer gives the decision with every reason. If the \
            offer is accepted, record it as an intervention referral (programme `my-futures`) naming this screen. \
            A hearing is screened once: screening it again answers 200 with the first screen.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "screen",
            value = """
                    {"offenceIndicatesRiskToOthers": false, "otherAgenciesInvolved": false,
                     "note": "Trial listed in 9 weeks; no social worker."}""")))
    @APIResponse(responseCode = "201", description = "Screened, with the decision and its reasons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreenedView.class)))
    @APIResponse(responseCode = "200", description = "This hearing was screened before; the first screen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreenedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority")
    @APIResponse(responseCode = "409", description = CaseAccess.TRANSFERRED_OUT)
    @APIResponse(responseCode = "422", description = "The child is not awaiting an adjourned magistrates' court hearing (MIL-16)")
    public Response screen(@PathParam("caseId") UUID caseId, @Valid @NotNull CourtScreenings.ScreenEntry entry) {
        var childCase = access.recordable(caseId);
        CourtScreenings.Screened screened = once(() -> screenings.screen(childCase, entry),
                () -> screenings.of(caseId).stream().reduce((first, second) -> second)
                        .map(s -> new CourtScreenings.Screened(s, true)));
        return answer(screened.duplicate(), new ScreenedView(ScreeningView.of(screened.screening()), screened.duplicate()));
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's magistrates' court screens, oldest first")
    @APIResponse(responseCode = "200", description = "The screens; paged: `limit` (default 200, at most 1000) from `offset`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response screeningsOf(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's records, a short list by nature: read whole and cut, the page asked for checked first
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(caseId);
        return Page.of(screenings.of(caseId).stream().map(ScreeningView::of).toList(), page).toResponse(uri);
    }
}
