package org.youthjustice.victims.dataprotection;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.audit.AuditRecord;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.victims.personaldata.PersonalDataAccess;

/** For managers and the data protection officer: the audit of victims' records (VIC-4, X-4) and subject access (UK GDPR). */
@Path("/")
@Authenticated
@Tag(name = "victim data protection", description = "Audit of victims' records and subject access exports (VIC-4, VIC-10, X-4)")
@Produces(MediaType.APPLICATION_JSON)
public class DataProtectionResource {
    @Inject
    PersonalDataAccess access;

    @Inject
    VictimAudit audit;

    @Inject
    SubjectAccess subjectAccess;

    @GET
    @Path("/audit")
    @Operation(summary = "Who opened or changed victims' records, when and why, newest first (VIC-4, X-4)", description = """
            Team and service managers of the authority; anyone else 404. victimRef narrows to one victim; reads=true to \
            openings of personal data only.""")
    @APIResponse(responseCode = "200", description = "The trail", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditRecord.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "trail", value = """
                    [{"position": 812, "occurredAt": "2026-11-23T09:58:00Z", "authority": "wokingham", "subject": "5b2e…",
                      "username": "wokingham-rj-worker", "roles": ["rj-worker"], "action": "victim.details-read", "recordType": "victim",
                      "recordId": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c", "rationale": "arranging the first contact",
                      "correlationId": "c0ffee00-1111-4222-8333-444455556666"}]""")))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    @APIResponse(responseCode = "404", description = "Not yours to see")
    public Response trail(@QueryParam("victimRef") UUID victimRef, @QueryParam("reads") @DefaultValue("false") boolean reads,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        access.requireManager();
        return audit.page(victimRef, reads, PageRequest.of(offset, limit, 100, 1000)).toResponse(uri);
    }

    @GET
    @Path("/victims/{victimRef}/subject-access-export")
    @Operation(summary = "Everything held about one victim, as JSON, for a subject access request", description = """
            For the service manager acting for the data protection officer; anyone else 404. Needs Access-Reason \
            (audited, VIC-4). Served as an attachment; after erasure (VIC-10) it shows what remains: the reference and \
            the facts statistics count.""")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubjectAccess.Export.class),
            examples = @ExampleObject(name = "export", value = """
                    {"format": "yj-victim-subject-access/1", "exportedAt": "2026-11-29T10:00:00Z", "exportedBy": "wokingham-service-manager",
                     "victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "directVictim": true,
                     "referredBy": "police", "erased": false, "erasedAt": null,
                     "details": {"name": "Sam Example", "dateOfBirth": "1990-04-02", "address": "1 Example Street, Wokingham", "phone": "07700 900123",
                                 "email": null, "preferredContactMethod": "phone", "communicationNeeds": null, "parentOrGuardian": null},
                     "restorativeReasons": null, "restorativeWishes": null, "restorative": {"appropriate": null, "options": [], "takingPart": false},
                     "consent": [], "contacts": [], "tasks": [], "riskFlags": [], "accessesAndChanges": []}""")))
    @APIResponse(responseCode = "400", description = "VIC-4: no reason given")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    public Response export(@PathParam("victimRef") UUID victimRef,
            @Parameter(description = "Why (audited)", example = "subject access request DPO-2026-114")
            @HeaderParam(PersonalDataAccess.REASON_HEADER) String reason) {
        access.requireServiceManager();
        SubjectAccess.Export export = subjectAccess.export(victimRef, access.requireReason(reason));
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"victim-" + victimRef + ".json\"").build();
    }
}
