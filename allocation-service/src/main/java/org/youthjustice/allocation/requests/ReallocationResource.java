package org.youthjustice.allocation.requests;

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

/** A case moved to another case manager (the same rules as allocation; a stale decision is 409). */
@Path("/cases/{caseId}/reallocation")
@Tag(name = "allocation", description = "Allocation requests and decisions: candidates ranked by capacity, band, gender principle and risk, with the evidence of every decision (ALC-*)")
@Produces(MediaType.APPLICATION_JSON)
public class ReallocationResource {
    @Inject
    Reallocations reallocations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Reallocate a case to another case manager", description = """
            `currentCaseManager` is the case manager as you saw them: if the case moved meanwhile, 409. The new worker \
            is checked like a candidate: left out by a rule (away, ALC-2; a student, ALC-7) is 422; breaking one \
            (ALC-1, ALC-3, ALC-5) needs a `rationale`. `case.reallocated` follows.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reallocation",
            value = """
                    {"currentCaseManager": "7b1f2c36-5d1e-4d8e-9a51-0c6f3e2a9b10", "workerId": "0f8fad5b-d9cb-469f-a165-70867728950e",
                     "reason": "Case manager moving to the east locality team"}""")))
    @APIResponse(responseCode = "200", description = "Reallocated")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such allocated case, or worker, in your authority")
    @APIResponse(responseCode = "409", description = "The case manager changed meanwhile")
    @APIResponse(responseCode = "422", description = "Rules the choice breaks, without a rationale; or a worker left out by a rule")
    public Reallocations.Reallocated reallocate(@PathParam("caseId") UUID caseId, @Valid @NotNull Reallocations.ReallocationEntry entry) {
        return reallocations.reallocate(caseId, entry);
    }
}
