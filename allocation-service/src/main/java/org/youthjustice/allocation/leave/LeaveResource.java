package org.youthjustice.allocation.leave;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;

/** What workers' absences call for (ALC-8). */
@Path("/absence-reviews")
@Tag(name = "workforce")
@Produces(MediaType.APPLICATION_JSON)
public class LeaveResource {
    @Inject
    LeaveCover leave;

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "What workers' absences call for (ALC-8), soonest first", description = """
            Planned leave with no cover named (due the day before it starts); unplanned absences to review (within \
            the first week); and, after 2 weeks away with no imminent return, the cases to propose for reallocation.""")
    @APIResponse(responseCode = "200", description = "The items due")
    public List<LeaveCover.Due> due() {
        return leave.due();
    }
}
