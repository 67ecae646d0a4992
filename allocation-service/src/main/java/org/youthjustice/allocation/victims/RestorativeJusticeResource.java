package org.youthjustice.allocation.victims;

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

/** The allocated cases a consenting direct victim asks a restorative justice worker for (ALC-11). */
@Path("/restorative-justice-needs")
@Tag(name = "allocation")
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
    @APIResponse(responseCode = "200", description = "The cases, possibly none, and the restorative justice workers at work")
    public Needs needs() {
        return new Needs(workers.needs(), workers.atWork());
    }
}
