package org.youthjustice.allocation.victims;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;

/** A restorative justice worker named for an allocated case after its direct victim consented (ALC-11). */
@Path("/cases/{caseId}/rj-worker")
@Tag(name = "allocation", description = "Allocation requests and decisions: candidates ranked by capacity, band, gender principle and risk, with the evidence of every decision (ALC-*)")
@Produces(MediaType.APPLICATION_JSON)
public class CaseRjWorkerResource {
    @Inject
    RestorativeJusticeWorkers workers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Name the restorative justice worker who works the case with its case manager (ALC-11)", description = """
            For an allocated case whose direct victim consented to contact; a restorative justice worker at work. \
            `case.co-allocated` follows, naming every worker now on the case with their role.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rj-worker",
            value = "{\"workerId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"}")))
    @APIResponse(responseCode = "200", description = "Named")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such allocated case, or worker, in your authority")
    @APIResponse(responseCode = "409", description = "The case has a restorative justice worker already")
    @APIResponse(responseCode = "422", description = "No direct victim consented, or not a restorative justice worker at work (ALC-11)")
    public RestorativeJusticeWorkers.Named name(@PathParam("caseId") UUID caseId,
            @Valid @NotNull RestorativeJusticeWorkers.RjWorkerEntry entry) {
        return workers.name(caseId, entry);
    }
}
