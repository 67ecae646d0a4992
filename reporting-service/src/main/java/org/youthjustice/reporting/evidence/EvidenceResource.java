package org.youthjustice.reporting.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;

/** A case's inspection evidence, as JSON and as a PDF for an inspector. */
@Path("/cases/{caseId}")
@Tag(name = "inspection evidence", description = "For one case, the dated facts the platform holds under each HMIP "
        + "standard: assessment, planning, implementation and delivery, reviewing")
public class EvidenceResource {

    @Inject
    InspectionEvidence evidence;

    @Inject
    Caller caller;

    @GET
    @Path("/inspection-evidence")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ "team-manager", "service-manager", "advanced-practitioner" })
    @Operation(summary = "A case's inspection evidence, standard by standard",
            description = "For each HMIP standard (assessment, planning, implementation and delivery, reviewing): the "
                    + "question it asks, how the case's time limits under it stand, and the dated facts, oldest first. "
                    + "Your own authority's cases only (X-1).")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionEvidence.Evidence.class), examples = @ExampleObject(name = "evidence",
                    value = """
                            {"caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "authority": "wokingham",
                             "generatedAt": "2026-11-30T17:00:00Z",
                             "standards": [{"standard": "assessment", "title": "Assessment",
                               "question": "Is assessment well informed, analytical and personalised?",
                               "timeLimits": {"met-on-time": 1, "met-late": 0, "overdue": 0, "not-yet-due": 0, "not-applicable": 0},
                               "entries": [{"date": "2026-10-02", "kind": "risk-assessed", "rule": "MIL-5",
                                            "summary": "Assessment (start) completed: risk of serious harm medium", "status": null},
                                           {"date": "2026-10-05", "kind": "time-limit", "rule": "MIL-5",
                                            "summary": "First assessment review (MIL-5), due 2026-10-06: met on time, 2026-10-05",
                                            "status": "met-on-time"}]}]}""")))
    @APIResponse(responseCode = "404", description = "No such case in your authority")
    public InspectionEvidence.Evidence json(@PathParam("caseId") UUID caseId) {
        return evidence.of(caller.authority(), caseId).orElseThrow(() -> ProblemException.notFound("case"));
    }

    @GET
    @Path("/inspection-evidence.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ "team-manager", "service-manager", "advanced-practitioner" })
    @Operation(summary = "A case's inspection evidence as a PDF an inspector can read",
            description = "The same evidence as `GET /cases/{caseId}/inspection-evidence`, on A4 pages, with a chart of "
                    + "each standard's time limits. The case appears by its id; the document names no one.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such case in your authority")
    public Response pdf(@PathParam("caseId") UUID caseId) {
        InspectionEvidence.Evidence found = evidence.of(caller.authority(), caseId).orElseThrow(() -> ProblemException.notFound("case"));
        return Response.ok(EvidencePdf.render(found), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"inspection-evidence-" + caseId + ".pdf\"").build();
    }
}
