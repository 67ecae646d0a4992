package org.youthjustice.orders.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;

/** The court lead's list of children to screen (MIL-16). */
@Path("/court-screenings")
@Tag(name = "court screening")
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
            adjourned to a date still to come, with no screen of that hearing yet; next hearing soonest first (at most 500).""")
    @APIResponse(responseCode = "200", description = "The children to screen")
    public List<CourtScreenings.Awaiting> awaiting() {
        return screenings.awaiting();
    }

}
