package org.youthjustice.transfers.packages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.youthjustice.transfers.packages.PackageRules.Direction;
import org.youthjustice.transfers.packages.PackageViews.PackageView;
import org.youthjustice.transfers.requests.TransferResource;

/**
 * Transfers to and from youth justice services outside the partnership, as transfer package documents (TRF-17):
 * each package is the record of one authority only, the home authority's for an outgoing package, the
 * receiving authority's for an incoming one.
 */
@Path("/transfers/packages")
@Tag(name = "transfer packages", description = "Transfer packages for authorities outside the partnership (TRF-17)")
@Produces(MediaType.APPLICATION_JSON)
public class PackageResource {
    static final String PDF = "application/pdf";
    private static final MediaType PDF_TYPE = MediaType.valueOf(PDF);

    static final String SUMMARY_EXAMPLE = """
            {"childName": "Sam Taylor", "dateOfBirth": "2010-03-14", "homeCaseReference": "WOK-2026-0042",
             "proposedAddress": {"address": "4 Lemon Street, Truro", "postcode": "TR1 2LS"},
             "livingWith": {"name": "Jo Taylor", "relationship": "aunt"},
             "parentalResponsibility": {"name": "Alex Taylor", "address": "3 Station Road, Wokingham RG40 2AD"},
             "socialWorker": {"name": "Pat Jones", "phone": "0118 974 6000", "email": "pat.jones@wokingham.gov.uk"},
             "receivingSocialCareAdvised": true,
             "currentCaseManager": {"name": "Chris Green", "phone": "0118 974 6111", "email": "chris.green@wokingham.gov.uk"},
             "orders": [{"type": "youth rehabilitation order", "requirements": ["supervision", "activity"],
                         "startDate": "2026-09-01", "length": "12 months"}],
             "iom": false, "highRiskOfHarm": {"present": false},
             "mappa": {"homeMeetingEndorsed": "n/a", "receivingCoordinatorAlerted": "n/a"},
             "safeguarding": {"present": true, "details": "Previously missing from home overnight"},
             "childProtectionPlan": {"present": false},
             "offenceSummary": "Theft from a shop with an associate; first offence.",
             "victimRisk": {"riskToSpecificVictims": true, "flags": ["known-victim"]},
             "lookedAfter": false, "rosh": "medium",
             "orderSummary": "Engaging well with supervision; victim awareness work outstanding.",
             "parentingOrders": []}""";

    static final String CHECKLIST_EXAMPLE = TransferResource.CHECKLIST_EXAMPLE;

    static final String OUTGOING_EXAMPLE = """
            {"id": "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "authority": "wokingham", "direction": "outgoing",
             "kind": "full", "fromService": "wokingham", "toService": "Cornwall YJS", "status": "stayed", "version": 1,
             "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "decidedOn": "2026-11-23",
             "sentBy": "wokingham-case-worker", "sentAt": "2026-11-24T10:00:00Z", "whatChanged": null,
             "requestTimeLimit": {"rule": "TRF-4", "dueDate": "2026-11-24", "dueAt": "2026-11-24T23:59:59Z",
                                  "status": "met", "policyVersion": "wokingham@default"},
             "sourcePackageId": "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "receivedBy": null, "receivedAt": null,
             "caseOpenedBy": null, "caseOpenedAt": null, "awaitingCaseOpening": false,
             "answers": [{"version": 1, "answer": "stayed", "reasons": ["AssetPlus is older than a month: please update it"],
                          "answeredOn": "2026-11-25", "answeredBy": "Jan Penrose, team manager, Cornwall YJS",
                          "recordedBy": "wokingham-team-manager", "recordedAt": "2026-11-25T14:00:00Z"}],
             "summary": """ + SUMMARY_EXAMPLE + """
            , "checklist": [{"item": "transfer-summary", "answer": "attached"}]}""";

    static final String INCOMING_EXAMPLE = """
            {"id": "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "authority": "nottinghamshire", "direction": "incoming",
             "kind": "caretaking", "fromService": "Cornwall YJS", "toService": "Nottinghamshire YJS", "status": "received",
             "version": 1, "caseId": null, "decidedOn": "2026-11-23", "sentBy": "Jan Penrose",
             "sentAt": "2026-11-24T09:30:00Z", "whatChanged": null, "requestTimeLimit": null,
             "sourcePackageId": "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170", "receivedBy": "nottinghamshire-team-manager",
             "receivedAt": "2026-11-24T11:00:00Z", "caseOpenedBy": null, "caseOpenedAt": null, "awaitingCaseOpening": true,
             "answers": [], "summary": """ + SUMMARY_EXAMPLE + """
            , "checklist": [{"item": "transfer-summary", "answer": "attached"}]}""";

    static final String DOCUMENT_EXAMPLE = "{\"format\": \"yj-transfer-package\", \"version\": 1, "
            + "\"packageId\": \"6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\", \"packageVersion\": 1, \"kind\": \"full\", "
            + "\"fromService\": \"wokingham\", \"toService\": \"Cornwall YJS\", \"decidedOn\": \"2026-11-23\", "
            + "\"sentAt\": \"2026-11-24T10:00:00Z\", \"sentBy\": \"wokingham-case-worker\", \"whatChanged\": null, "
            + "\"summary\": " + SUMMARY_EXAMPLE + ", \"checklist\": " + CHECKLIST_EXAMPLE + "}";

    static final String IMPORT_EXAMPLE = "{\"format\": \"yj-transfer-package\", \"version\": 1, "
            + "\"packageId\": \"5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170\", \"packageVersion\": 1, \"kind\": \"caretaking\", "
            + "\"fromService\": \"Cornwall YJS\", \"toService\": \"Nottinghamshire YJS\", \"decidedOn\": \"2026-11-23\", "
            + "\"sentAt\": \"2026-11-24T09:30:00Z\", \"sentBy\": \"Jan Penrose\", "
            + "\"summary\": " + SUMMARY_EXAMPLE + ", \"checklist\": " + CHECKLIST_EXAMPLE + "}";

    static final String INVALID_EXAMPLE = """
            {"type": "urn:youth-justice:problem:invalid-request", "status": 400, "detail": "1 field is invalid",
             "violations": [{"field": "receivingService", "message": "must not be blank"}]}""";

    static final String NOT_FOUND_EXAMPLE = """
            {"type": "urn:youth-justice:problem:not-found", "status": 404,
             "detail": "transfer package 6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0 was not found"}""";

    static final String FORBIDDEN_EXAMPLE = """
            {"type": "urn:youth-justice:problem:forbidden", "status": 403, "detail": "your roles do not allow this"}""";

    static final String BAD_PAGING_EXAMPLE = """
            {"type": "urn:youth-justice:problem:invalid-request", "status": 400, "detail": "1 field is invalid",
             "violations": [{"field": "limit", "message": "must be a whole number from 1 to 500"}]}""";

    static final String ANSWERED_EXAMPLE = """
            {"type": "urn:youth-justice:problem:conflict", "status": 409, "detail": "version 1 has its answer already: stayed",
             "violations": [{"rule": "TRF-17", "field": "answer", "message": "version 1 has its answer already: stayed"}]}""";

    @Inject
    TransferPackages packages;

    @Inject
    PackageViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Send a transfer package to a youth justice service outside the partnership (TRF-17, TRF-4, TRF-5)",
            description = """
                    The home authority is the caller's. `receivingService` names the service outside the partnership (e.g. \
                    "Cornwall YJS"); a partnership authority, however written ("nottinghamshire", "Nottinghamshire YJS"), \
                    is refused (422 TRF-17): request the transfer on the platform. The package carries the same transfer \
                    summary (Appendix A) and documents checklist as a request on the platform, under the same rules, every \
                    broken one listed together (422): TRF-3 (a looked-after child: caretaking only), TRF-10 (MAPPA level 2 \
                    or 3 without the MAPPA meeting's endorsement), TRF-11 (a parenting order not moving with the child's \
                    order), TRF-5 (a checklist item missing, or not attached without a reason). The TRF-4 time limit \
                    (1 working day from the decision, the home authority's policy) is met when the package is recorded as \
                    sent. Download its document (JSON for the receiving system, PDF for people) from \
                    `/transfers/packages/{packageId}/document` and send it by secure e-mail with the documents.

                    Only for a case your authority holds (X-1): any other case id, whether another authority's or one \
                    not known here, is answered 404 alike, and nothing is stored. A case is known here once order-service \
                    has announced it (case.opened, a moment after the court outcome that opened it).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "full transfer to Cornwall",
            value = "{\"caseId\": \"3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f\", \"kind\": \"full\", "
                    + "\"receivingService\": \"Cornwall YJS\", \"decidedOn\": \"2026-11-23\", \"summary\": "
                    + SUMMARY_EXAMPLE + ", \"checklist\": " + CHECKLIST_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Recorded as sent", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PackageView.class),
            examples = @ExampleObject(name = "sent", value = OUTGOING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Your roles do not request transfers", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case of your authority (X-1), or not yet announced by order-service",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found",
                    value = TransferResource.CASE_NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Rules broken, each listed with its rule ID", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "partnership authority, looked after", value = """
                    {"type": "urn:youth-justice:problem:rule-violation", "status": 422, "violations": [
                     {"rule": "TRF-17", "field": "receivingService", "message": "nottinghamshire is in the partnership: request the transfer on the platform (POST /api/transfers/transfers), not as a package"},
                     {"rule": "TRF-3", "field": "kind", "message": "a looked-after child stays the case management responsibility of the home authority: request caretaking, not a full transfer"}]}""")))
    public Response send(@Valid @NotNull TransferPackages.Sending entry) {
        return Response.status(Response.Status.CREATED).entity(views.of(packages.send(entry))).build();
    }

    /** The caller's authority's packages, each way. */
    public record Mine(List<PackageView> outgoing, List<PackageView> incoming) {
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Your authority's transfer packages: outgoing (sent as home) and incoming (received), newest first (TRF-17)")
    @APIResponse(responseCode = "200", description = "A page of each list", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Mine.class),
            examples = @ExampleObject(name = "packages", value = "{\"outgoing\": [" + OUTGOING_EXAMPLE + "], \"incoming\": ["
                    + INCOMING_EXAMPLE + "]}")))
    @APIResponse(responseCode = "403", description = "Your roles do not read or send transfers", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "bad paging", value = BAD_PAGING_EXAMPLE)))
    public Response list(@Parameter(description = "items of each list to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items of each list per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 100, 500);
        Page<TransferPackage> outgoing = packages.ofAuthority(Direction.OUTGOING, page);
        Page<TransferPackage> incoming = packages.ofAuthority(Direction.INCOMING, page);
        // the body stays the object it always was, each list cut to the same page: the longer list says whether another follows
        Page<TransferPackage> longer = outgoing.total() >= incoming.total() ? outgoing : incoming;
        return Response.fromResponse(longer.toResponse(uri)).entity(new Mine(outgoing.items().stream().map(views::of).toList(),
                incoming.items().stream().map(views::of).toList())).build();
    }

    @GET
    @Path("/{packageId}")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "One package: its status (sent, received, accepted, stayed, rejected), current version, time limit and answers",
            description = "Only the authority whose package it is reads it (X-1); to any other it does not exist.")
    @APIResponse(responseCode = "200", description = "The package", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PackageView.class),
            examples = { @ExampleObject(name = "outgoing, stayed", value = OUTGOING_EXAMPLE),
                    @ExampleObject(name = "incoming, received", value = INCOMING_EXAMPLE) }))
    @APIResponse(responseCode = "404", description = "No such package of your authority", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Your roles do not read or send transfers", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", value = FORBIDDEN_EXAMPLE)))
    public PackageView get(@PathParam("packageId") UUID packageId) {
        return views.of(packages.readable(packageId));
    }

    @GET
    @Path("/{packageId}/document")
    @Produces({ MediaType.APPLICATION_JSON, PDF })
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The package's current version as a document: JSON for the receiving system, PDF for people (TRF-17)",
            description = """
                    `Accept: application/json` (or none): the machine-readable package, format `yj-transfer-package` \
                    version 1: `format`, `version`, `packageId` and `packageVersion` (1, then the next on each sending \
                    again), `kind` (full, caretaking), `fromService` (the home service), `toService` (the receiving \
                    service), `decidedOn`, `sentAt`, `sentBy`, `whatChanged`, `summary` (Appendix A's transfer summary, \
                    with the child's orders in `summary.orders`) and `checklist` (Appendix A's documents: attached, no or \
                    n/a with a reason). A reader refuses another format or version and ignores fields it does not know; \
                    it is what `POST /transfers/packages/imports` reads. `Accept: application/pdf`: the same, laid out as \
                    Appendix A's "Transfer in summary" for people, with the checklist and the reasons for missing \
                    paperwork. The file name is the package's id, never the child's name.""")
    @APIResponse(responseCode = "200", description = "The document", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageDocument.class),
                    examples = @ExampleObject(name = "yj-transfer-package 1", value = DOCUMENT_EXAMPLE)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "PDF", summary = "A PDF document (binary), Appendix A laid out for people",
                            value = "%PDF-1.4 ... %%EOF")) })
    @APIResponse(responseCode = "404", description = "No such package of your authority", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "406", description = "Neither JSON nor PDF is acceptable", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not acceptable", value = """
                    {"type": "urn:youth-justice:problem:not-acceptable", "status": 406, "detail": "HTTP 406 Not Acceptable"}""")))
    @APIResponse(responseCode = "403", description = "Your roles do not read or send transfers", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", value = FORBIDDEN_EXAMPLE)))
    public Response document(@PathParam("packageId") UUID packageId, @Context HttpHeaders headers) {
        TransferPackage transferPackage = packages.readable(packageId);
        // the id names the file: the child's name stays out of file names, which travel in mail headers and logs
        String name = "transfer-package-" + transferPackage.id + "-v" + transferPackage.currentVersion;
        if (wantsPdf(headers.getAcceptableMediaTypes())) {
            return Response.ok(packages.pdf(transferPackage), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
                    .header("X-Content-Type-Options", "nosniff").build();
        }
        return Response.ok(packages.document(transferPackage), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "inline; filename=\"" + name + ".json\"").build();
    }

    /** The most preferred acceptable type decides (JAX-RS lists them by quality); a wildcard takes JSON. */
    private static boolean wantsPdf(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(PDF_TYPE)) {
                return true;
            }
        }
        return false;
    }

    @POST
    @Path("/{packageId}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Send an outgoing package again after a stay or a rejection, as its next version (TRF-6, TRF-17)",
            description = """
                    The whole summary and checklist again, with what was put right; the earlier versions are kept and the \
                    package is sent again (status sent). The same rules as the first sending apply (422). A package not \
                    stayed or rejected, or an incoming one, answers 409.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sent again",
            value = "{\"whatChanged\": \"AssetPlus updated on 25 November and attached\", \"summary\": " + SUMMARY_EXAMPLE
                    + ", \"checklist\": " + CHECKLIST_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Sent again: the package, at its next version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageView.class),
                    examples = @ExampleObject(name = "version 2", value = OUTGOING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such package of your authority", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Not stayed or rejected, or an incoming package", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "awaiting its answer", value = """
                    {"type": "urn:youth-justice:problem:conflict", "status": 409, "violations": [{"rule": "TRF-6", "field": "status",
                     "message": "a package is sent again after a stay or a rejection; this one is sent"}]}""")))
    @APIResponse(responseCode = "422", description = "Rules broken, each listed with its rule ID (TRF-3, TRF-5, TRF-10, TRF-11)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "checklist", value = """
                    {"type": "urn:youth-justice:problem:rule-violation", "status": 422, "violations": [
                     {"rule": "TRF-5", "field": "checklist[8].reason", "message": "a document that is not attached needs the reason why"}]}""")))
    @APIResponse(responseCode = "403", description = "Your roles do not read or send transfers", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", value = FORBIDDEN_EXAMPLE)))
    public Response resend(@PathParam("packageId") UUID packageId, @Valid @NotNull TransferPackages.Resending entry) {
        return Response.status(Response.Status.CREATED).entity(views.of(packages.resend(packageId, entry))).build();
    }

    @POST
    @Path("/{packageId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record the answer to the package's current version: accepted, stayed or rejected, with reasons (TRF-6, TRF-17)",
            description = """
                    By the managers of the authority whose package it is. Outgoing: the receiving service's answer, as it \
                    came back by secure e-mail, `answeredBy` naming the person there. Incoming: your authority's own answer, \
                    to send back to the home service. Reasons are required (400 TRF-6); `answeredOn` falls between the day \
                    the version was sent or received and today (400). One answer per version: a second answers 409, and so \
                    does a stay or a rejection of an incoming package a case was opened from. Audited.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "stayed by the receiving service", value = """
                    {"answer": "stayed", "reasons": ["AssetPlus is older than a month: please update it"],
                     "answeredOn": "2026-11-25", "answeredBy": "Jan Penrose, team manager, Cornwall YJS"}"""),
            @ExampleObject(name = "accepted", value = """
                    {"answer": "accepted", "reasons": ["Complete and of good quality"], "answeredOn": "2026-11-27",
                     "answeredBy": "Jan Penrose, team manager, Cornwall YJS"}""") }))
    @APIResponse(responseCode = "201", description = "Recorded: the package with its answers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageView.class),
            examples = @ExampleObject(name = "stayed", value = OUTGOING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed (reasons are required: TRF-6)", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "no reasons", value = """
                    {"type": "urn:youth-justice:problem:invalid-request", "status": 400, "violations": [
                     {"rule": "TRF-6", "field": "reasons", "message": "an answer always gives its reasons"}]}""")))
    @APIResponse(responseCode = "403", description = "Only managers record answers", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not a manager", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such package of your authority", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "This version has its answer already", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "answered", value = ANSWERED_EXAMPLE)))
    public Response answer(@PathParam("packageId") UUID packageId, @Valid @NotNull TransferPackages.Answer entry) {
        packages.answer(packageId, entry);
        return Response.status(Response.Status.CREATED).entity(views.of(packages.readable(packageId))).build();
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Import a transfer package another youth justice service sent your authority (TRF-17)", description = """
            By the receiving authority's managers. The body is the package document as the other service's system wrote \
            it (format `yj-transfer-package` version 1, as `GET /transfers/packages/{packageId}/document` writes it). \
            Another format or version, or a missing field, is 400. Refused whole with every broken rule (422): \
            `fromService` a partnership authority (TRF-17: it requests on the platform), `toService` another partnership \
            authority (TRF-17), and the summary and checklist rules of a request (TRF-3, TRF-5, TRF-10, TRF-11). Stored \
            as an incoming package of your authority, status received, and listed in your managers' transfer tasks \
            (`GET /transfers/tasks`: task `open-case-from-package`, rule TRF-17) until the case opened from it is \
            recorded. The next version of a package you stayed or rejected joins it; a version imported already, or \
            one of a package not stayed or rejected, answers 409.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "from Cornwall YJS",
            value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Imported: the incoming package", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageView.class),
            examples = @ExampleObject(name = "received", value = INCOMING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a yj-transfer-package version 1, or invalid fields, each listed",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "another version", value = """
                    {"type": "urn:youth-justice:problem:invalid-request", "status": 400, "violations": [
                     {"field": "version", "message": "version 1 of yj-transfer-package is read here"}]}""")))
    @APIResponse(responseCode = "403", description = "Only managers import packages", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not a manager", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "This version was imported already, or the package awaits your answer",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "imported already", value = """
                    {"type": "urn:youth-justice:problem:conflict", "status": 409, "violations": [{"rule": "TRF-17",
                     "field": "packageVersion", "message": "version 1 of this package was imported already; the current version is 1"}]}""")))
    @APIResponse(responseCode = "422", description = "Rules broken, each listed with its rule ID", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "from a partnership authority", value = """
                    {"type": "urn:youth-justice:problem:rule-violation", "status": 422, "violations": [
                     {"rule": "TRF-17", "field": "fromService", "message": "wokingham is in the partnership: it requests the transfer on the platform, not as a package"}]}""")))
    public Response importPackage(@Valid @NotNull PackageDocument document) {
        return Response.status(Response.Status.CREATED).entity(views.of(packages.importPackage(document))).build();
    }

    @POST
    @Path("/{packageId}/case-opened")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record the case your authority opened (in order-service) from an incoming package (TRF-17)", description = """
            By the receiving authority's managers, once; this closes the `open-case-from-package` task. A package your \
            authority stayed or rejected waits for its next version (409), as does an outgoing package (the receiving \
            service opens its case in its own system). The case is one your authority holds (X-1): any other case id, \
            another authority's or one not known here, is answered 404 alike. A case is known here once order-service \
            has announced it (case.opened, a moment after it was opened).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "case opened",
            value = "{\"caseId\": \"9b8a7c6d-5e4f-4a3b-8c2d-1f0e9d8c7b6a\"}")))
    @APIResponse(responseCode = "200", description = "Recorded: the package with the case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PackageView.class),
            examples = @ExampleObject(name = "case opened", value = """
                    {"id": "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "authority": "nottinghamshire", "direction": "incoming",
                     "kind": "caretaking", "fromService": "Cornwall YJS", "status": "accepted", "version": 1,
                     "caseId": "9b8a7c6d-5e4f-4a3b-8c2d-1f0e9d8c7b6a", "caseOpenedBy": "nottinghamshire-team-manager",
                     "caseOpenedAt": "2026-11-26T09:00:00Z", "awaitingCaseOpening": false}""")))
    @APIResponse(responseCode = "400", description = "No case id", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "invalid", value = """
                    {"type": "urn:youth-justice:problem:invalid-request", "status": 400, "violations": [
                     {"field": "caseId", "message": "must not be null"}]}""")))
    @APIResponse(responseCode = "403", description = "Only managers record it", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not a manager", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such package of your authority, or no such case of your authority (X-1)",
            content = @Content(mediaType = "application/problem+json", examples = {
                    @ExampleObject(name = "not found", value = NOT_FOUND_EXAMPLE),
                    @ExampleObject(name = "case not found", value = TransferResource.CASE_NOT_FOUND_EXAMPLE) }))
    @APIResponse(responseCode = "409", description = "Recorded already, stayed or rejected, or an outgoing package", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "opened already", value = """
                    {"type": "urn:youth-justice:problem:conflict", "status": 409, "violations": [{"rule": "TRF-17",
                     "field": "caseId", "message": "a case was opened from this package already"}]}""")))
    public PackageView caseOpened(@PathParam("packageId") UUID packageId, @Valid @NotNull TransferPackages.CaseOpened entry) {
        return views.of(packages.caseOpened(packageId, entry));
    }
}
