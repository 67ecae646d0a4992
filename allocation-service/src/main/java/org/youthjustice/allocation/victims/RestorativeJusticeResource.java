package org.youthjustice.allocation.victims;

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

/** The allocated cases a consenting direct victim asks a restorative justice worker for (ALC-11). */
@Path("/restorative-justice-needs")
@Tag(name = "allocation", description = "Allocation requests and decisions: candidates ranked by capacity, band, gender principle and risk, with the evidence of every decision (ALC-*)")
@Produces(MediaType.APPLICATION_JSON)
public class RestorativeJusticeResource {
    @Inject
    RestorativeJusticeWorkers workers;

    public record Needs(List<RestorativeJusticeWorkers.Need> cases, List<RestorativeJusticeWorkers.RjCandidate> rjWorkersAtWork) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Allocated cases needing a restorative justice worker (ALC-11), with the workers at work", description = """
            A direct victim's consent to contact (from victim-service, never the victim's details) that came after the \
            case was allocated puts it here until a manager names a restorative justice worker \
            (`POST /cases/{caseId}/rj-worker`).""")
    @APIResponse(responseCode = "200", description = "A page of the cases, possibly none, and the restorative justice workers at work",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Needs.class)))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response needs(@Parameter(description = "cases to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "cases per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 100, 500);
        Page<RestorativeJusticeWorkers.Need> cases = workers.needs(page);
        // the body stays the object it always was: the page is of its cases, the workers at work come whole (a team's few)
        return Response.fromResponse(cases.toResponse(uri)).entity(new Needs(cases.items(), workers.atWork())).build();
    }
}
