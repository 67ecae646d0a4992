package org.youthjustice.transfers.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;

/** Files attached to a transfer's documents checklist (TRF-5), read by exactly its two authorities (X-1, TRF-13). */
@Path("/transfers/{transferId}/documents")
@Tag(name = "transfer documents", description = "The documents a transfer request attaches (TRF-5, TRF-13)")
public class DocumentResource {
    @Inject
    Documents documents;

    public record DocumentView(UUID id, UUID transferId, int version, String item, String filename, String contentType, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt) {
        static DocumentView of(TransferDocument d) {
            return new DocumentView(d.id, d.transferId, d.versionNumber, d.item, d.filename, d.contentType, d.sizeBytes, d.sha256,
                    d.uploadedBy, d.uploadedAt);
        }
    }

    // one path for both: {document} is the checklist item a file is attached to, and the id of a document downloaded
    @POST
    @Path("/{document}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Attach a file to a checklist item (TRF-5): the raw file as the body, with its content type", description = """
            By the home authority, until the transfer is accepted. A PDF (application/pdf), a Word document \
            (application/msword, application/vnd.openxmlformats-officedocument.wordprocessingml.document) or a PNG or \
            JPEG image; any other type is 415, a file over the limit (yj.transfers.documents.max-bytes, 10 MB by \
            default) 413, an empty file or one whose content is not what its type says 400. The item is one of \
            Appendix A's: transfer-summary, asset-plus, transfer-questions, referral-order-report, pre-sentence-report, \
            record-of-contacts, court-order, custody-planning, cps-documentation, offending-profile, lac-paperwork, \
            psychological-reports, sen-statement.""")
    @RequestBody(content = @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentView.class),
            examples = @ExampleObject(name = "attached", value = """
                    {"id": "7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b", "transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c",
                     "version": 1, "item": "pre-sentence-report", "filename": "psr.pdf", "contentType": "application/pdf",
                     "sizeBytes": 48213, "uploadedBy": "wokingham-case-worker", "uploadedAt": "2026-11-24T10:05:00Z"}""")))
    @APIResponse(responseCode = "400", description = "Not a checklist item, an empty file, or content that is not of its type")
    @APIResponse(responseCode = "403", description = "Only the home authority attaches documents")
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "409", description = "The transfer is accepted")
    @APIResponse(responseCode = "413", description = "Larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a PDF, Word document, PNG or JPEG")
    public Response attach(@PathParam("transferId") UUID transferId,
            @Parameter(description = "the checklist item the file is for, e.g. pre-sentence-report") @PathParam("document") String item,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "The file's name, e.g. psr.pdf") @QueryParam("filename") String filename, byte[] content) {
        TransferDocument document = documents.attach(transferId, item, contentType, filename, content);
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(document)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The documents attached to the transfer, without their content")
    @APIResponse(responseCode = "200", description = "The documents", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one", value = """
                    [{"id": "7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b", "item": "pre-sentence-report", "filename": "psr.pdf",
                      "contentType": "application/pdf", "sizeBytes": 48213}]""")))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response list(@PathParam("transferId") UUID transferId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        // one transfer's documents: tens at most, so the page is cut from the whole list
        return Page.of(documents.of(transferId).stream().map(DocumentView::of).toList(), page).toResponse(uri);
    }

    @GET
    @Path("/{document}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Download a document: by the home or the receiving authority only (TRF-13)")
    @APIResponse(responseCode = "200", description = "The file, with its content type", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such transfer or document between your authority and another")
    public Response download(@PathParam("transferId") UUID transferId,
            @Parameter(description = "the document's id, from the list") @PathParam("document") UUID documentId) {
        TransferDocument document = documents.download(transferId, documentId);
        return Response.ok(document.content, document.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + document.filename + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
