package org.youthjustice.orders.screening;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;

/** The court lead's list of children to screen (MIL-16). */
@Path("/court-screenings")
@Tag(name = "court screening", description = "Court listings screened by the court officer before the hearing")
@Produces(MediaType.APPLICATION_JSON)
public class AwaitingScreeningResource {
    @Inject
    CourtScreenings screenings;

    @GET
    @Path("/awaiting")
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER, Roles.COURT_OFFICER,
            Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Children awaiting an adjourned magistrates' court hearing, not yet screened (MIL-16)", description = """
            The authority's "Future Court" list: each child whose latest hearing was at a magistrates' court and \
            adjourned to a date still to come, with no screen of that hearing yet; next hearing soonest first. Paged: \
            `limit` children (default 500, at most 500) from `offset`; `X-Total-Count` says how many there are in all, \
            `Link` points to the next and previous pages.""")
    @APIResponse(responseCode = "200", description = "A page of the children to screen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CourtScreenings.Awaiting.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "`offset` or `limit` is not valid, each listed")
    public Response awaiting(@Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            // the default is the whole list as it was before paging (at most 500): the court lead's screen reads it all
            @Parameter(description = "items per page, default 500, at most 500") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return screenings.awaiting(PageRequest.of(offset, limit, 500, 500)).toResponse(uri);
    }

}
