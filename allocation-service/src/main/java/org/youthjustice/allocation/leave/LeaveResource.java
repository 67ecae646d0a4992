package org.youthjustice.allocation.leave;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;

/** What workers' absences call for (ALC-8). */
@Path("/absence-reviews")
@Tag(name = "workforce", description = "Teams, case managers, their capacity and absences (ALC-1, ALC-2, ALC-7)")
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
    @APIResponse(responseCode = "200", description = "The items due", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LeaveCover.Due.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response due(@Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 100, 500);
        // worked out from the absences not over, a few per team: the page is cut from the whole list
        return Page.of(leave.due(), page).toResponse(uri);
    }
}
