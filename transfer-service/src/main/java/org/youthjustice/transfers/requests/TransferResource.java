package org.youthjustice.transfers.requests;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
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
import org.youthjustice.kernel.problem.QueryParameters;
import org.youthjustice.problem.Violation;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

/** Transfer requests between authorities (TRF-1, TRF-4, TRF-5, TRF-6), read by exactly their two authorities (X-1, TRF-13). */
@Path("/transfers")
@Tag(name = "transfers", description = "Transfer requests between authorities and their tasks (TRF-1, TRF-3 to TRF-5, TRF-10, TRF-11, TRF-17)")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {
    static final String SUMMARY_EXAMPLE = """
            {"childName": "Sam Taylor", "dateOfBirth": "2010-03-14", "homeCaseReference": "WOK-2026-0042",
             "proposedAddress": {"address": "12 Mansfield Road, Nottingham", "postcode": "NG1 3FN"},
             "livingWith": {"name": "Jo Taylor", "relationship": "aunt"},
             "parentalResponsibility": {"name": "Alex Taylor", "address": "3 Station Road, Wokingham RG40 2AD"},
             "socialWorker": {"name": "Pat Jones", "phone": "0118 974 6000", "email": "pat.jones@wokingham.gov.uk"},
             "receivingSocialCareAdvised": true,
             "currentCaseManager": {"name": "Chris Green", "phone": "0118 974 6111", "email": "chris.green@wokingham.gov.uk"},
             "orders": [{"type": "youth rehabilitation order", "requirements": ["supervision", "activity"],
                         "startDate": "2026-09-01", "length": "12 months"}],
             "iom": false, "highRiskOfHarm": {"present": false},
             "mappa": {"category": 1, "level": 2, "homeMeetingEndorsed": "yes", "receivingCoordinatorAlerted": "yes"},
             "safeguarding": {"present": true, "details": "Previously missing from home overnight"},
             "childProtectionPlan": {"present": false},
             "offenceSummary": "Theft from a shop with an associate; first offence.",
             "victimRisk": {"riskToSpecificVictims": true, "flags": ["known-victim"]},
             "lookedAfter": false, "rosh": "medium",
             "orderSummary": "Engaging well with supervision; victim awareness work outstanding.",
             "parentingOrders": [{"parent": "father", "movesWithChildsOrder": true}]}""";

    /** An Appendix A documents checklist as the OpenAPI examples show it (requests and transfer packages). */
    public static final String CHECKLIST_EXAMPLE = """
            [{"item": "transfer-summary", "answer": "attached"}, {"item": "asset-plus", "answer": "attached"},
             {"item": "transfer-questions", "answer": "attached"},
             {"item": "referral-order-report", "answer": "n/a", "reason": "Not a referral order"},
             {"item": "pre-sentence-report", "answer": "attached"}, {"item": "record-of-contacts", "answer": "attached"},
             {"item": "court-order", "answer": "attached"}, {"item": "custody-planning", "answer": "n/a", "reason": "No custody"},
             {"item": "cps-documentation", "answer": "no", "reason": "Requested from the CPS on 20 November"},
             {"item": "offending-profile", "answer": "attached"}, {"item": "lac-paperwork", "answer": "n/a", "reason": "Not looked after"},
             {"item": "psychological-reports", "answer": "n/a", "reason": "None"},
             {"item": "sen-statement", "answer": "no", "reason": "Awaited from the school"}]""";

    /** a case id the caller's authority does not hold, whoever does (if anyone). */
    public static final String CASE_NOT_FOUND_EXAMPLE = """
            {"type": "urn:youth-justice:problem:not-found", "status": 404,
             "detail": "case 3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f was not found"}""";

    @Inject
    Transfers transfers;

    @Inject
    TransferViews views;

    @Inject
    TransferAccess access;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Request a full or caretaking transfer of a case to another authority (TRF-1, TRF-4, TRF-5)",
            description = """
                    The home authority is the caller's. The request carries the transfer summary (Appendix A) and the \
                    documents checklist; the time limit to send it runs 1 working day from the decision to request it \
                    (TRF-4, the home authority's policy). Refused whole with every broken rule (422): a full transfer of \
                    a looked-after child (TRF-3), MAPPA level 2 or 3 without the MAPPA meeting's endorsement (TRF-10), a \
                    parenting order not moving with the child's order (TRF-11), a checklist item missing or not attached \
                    without a reason (TRF-5), a receiving authority outside the partnership (TRF-17) or the home itself \
                    (TRF-1). Announced as transfer.requested to the receiving authority.

                    Only for a case your authority holds (X-1): any other case id, whether another authority's or one \
                    not known here, is answered 404 alike, and nothing is stored or announced. A case is known here once \
                    order-service has announced it (case.opened, a moment after the court outcome that opened it): a \
                    request sent straight after opening a case may be answered 404 until then, and can be sent again. \
                    After a full transfer completes, the case is the receiving authority's (TRF-1).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "caretaking",
            value = "{\"caseId\": \"3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f\", \"kind\": \"caretaking\", "
                    + "\"receivingAuthority\": \"nottinghamshire\", \"decidedOn\": \"2026-11-23\", \"summary\": "
                    + SUMMARY_EXAMPLE + ", \"checklist\": " + CHECKLIST_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransferViews.TransferView.class),
            examples = @ExampleObject(name = "requested", value = """
                    {"id": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f",
                     "kind": "caretaking", "homeAuthority": "wokingham", "receivingAuthority": "nottinghamshire",
                     "status": "awaiting-review", "version": 1, "decidedOn": "2026-11-23",
                     "requestTimeLimit": {"rule": "TRF-4", "dueDate": "2026-11-24", "status": "met"},
                     "reviewTimeLimit": {"rule": "TRF-7", "dueDate": "2026-11-26", "status": "due"}}""")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Your roles do not request transfers")
    @APIResponse(responseCode = "404", description = "No such case of your authority (X-1), or not yet announced by order-service",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "not found", value = CASE_NOT_FOUND_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Rules broken, each listed with its rule ID", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "looked after, MAPPA", value = """
                    {"type": "urn:youth-justice:problem:rule-violation", "status": 422, "violations": [
                     {"rule": "TRF-3", "field": "kind", "message": "a looked-after child stays the case management responsibility of the home authority: request caretaking, not a full transfer"},
                     {"rule": "TRF-10", "field": "summary.mappa.homeMeetingEndorsed", "message": "a child managed under MAPPA level 2 needs the MAPPA meeting's endorsement before transfer"}]}""")))
    public Response request(@Valid @NotNull Transfers.TransferRequest entry) {
        Transfer transfer = transfers.request(entry);
        return Response.status(Response.Status.CREATED).entity(views.of(transfer)).build();
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The transfers of your authority: outgoing (as home) and incoming (as receiving), newest first",
            description = "With caseId, only that case's transfers (the case page's list); a case of another authority, "
                    + "or one not known here, has none (X-1).")
    @APIResponse(responseCode = "200", description = "A page of each list", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Mine.class),
            examples = @ExampleObject(name = "transfers", value = """
                    {"outgoing": [{"id": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "status": "stayed"}], "incoming": []}""")))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit) or a caseId that is not a UUID, each field listed")
    public Response list(@Parameter(description = "items of each list to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items of each list per page, default 100, at most 500") @QueryParam("limit") String limit,
            @Parameter(description = "only this case's transfers") @QueryParam("caseId") String caseId, @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        UUID forCase = QueryParameters.parse(caseId, "caseId", violations, UUID::fromString, "a case's id (UUID)");
        PageRequest page = PageRequest.of(offset, limit, 100, 500, violations);
        String authority = caller.authority();
        Page<Transfer> outgoing = transfers.ofAuthority(authority, Party.HOME, forCase, page);
        Page<Transfer> incoming = transfers.ofAuthority(authority, Party.RECEIVING, forCase, page);
        // the body stays the object it always was, each list cut to the same page: the longer list says whether another follows
        Page<Transfer> longer = outgoing.total() >= incoming.total() ? outgoing : incoming;
        return Response.fromResponse(longer.toResponse(uri)).entity(new Mine(outgoing.items().stream().map(views::of).toList(),
                incoming.items().stream().map(views::of).toList())).build();
    }

    public record Mine(List<TransferViews.TransferView> outgoing, List<TransferViews.TransferView> incoming) {
    }

    @GET
    @Path("/{transferId}")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "One transfer: the record, the current summary and checklist, time limits and the latest answer",
            description = "Only its home and its receiving authority read it (X-1, TRF-13); to any other it does not exist.")
    @APIResponse(responseCode = "200", description = "The transfer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransferViews.TransferView.class),
            examples = @ExampleObject(name = "stayed", value = """
                    {"id": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "status": "stayed", "version": 1,
                     "lastDecision": {"decision": "stayed", "reasons": ["AssetPlus is older than a month"],
                                      "decidedBy": "nottinghamshire-team-manager", "decidedAt": "2026-11-25T11:00:00Z"}}""")))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    public TransferViews.TransferView get(@PathParam("transferId") UUID transferId) {
        return views.of(access.readable(transferId).transfer());
    }

    @GET
    @Path("/{transferId}/versions")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Every submission of the summary and checklist, the first first (TRF-6: history kept)")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferViews.VersionView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "two versions", value = """
                    [{"number": 1, "submittedBy": "wokingham-case-worker", "submittedAt": "2026-11-24T10:00:00Z"},
                     {"number": 2, "submittedBy": "wokingham-case-worker", "submittedAt": "2026-11-26T10:00:00Z",
                      "whatChanged": "AssetPlus updated on 25 November and attached"}]""")))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response versions(@PathParam("transferId") UUID transferId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        // one transfer's versions: a few re-submissions, so the page is cut from the whole list
        return Page.of(views.versions(access.readable(transferId).transfer()), page).toResponse(uri);
    }

    @POST
    @Path("/{transferId}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Re-submit a stayed or rejected request with what was missing (TRF-6)", description = """
                    The whole summary and checklist again, as a new version; the earlier ones are kept. The same rules \
                    as a request apply (422). Announced again as transfer.requested.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "re-submission",
            value = "{\"whatChanged\": \"AssetPlus updated on 25 November and attached\", \"summary\": " + SUMMARY_EXAMPLE
                    + ", \"checklist\": " + CHECKLIST_EXAMPLE + "}")))
    @APIResponse(responseCode = "201", description = "Re-submitted: the transfer, awaiting review again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferViews.TransferView.class),
                    examples = @ExampleObject(name = "re-submitted", value = """
                            {"id": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f",
                             "kind": "caretaking", "homeAuthority": "wokingham", "receivingAuthority": "nottinghamshire",
                             "status": "awaiting-review", "version": 2, "decidedOn": "2026-11-23",
                             "reviewTimeLimit": {"rule": "TRF-7", "dueDate": "2026-11-30", "status": "due"},
                             "lastDecision": {"decision": "stayed", "reasons": ["AssetPlus is older than a month"],
                                              "decidedBy": "nottinghamshire-team-manager", "decidedAt": "2026-11-25T11:00:00Z"}}""")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Only the home authority re-submits")
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "409", description = "The request is not stayed or rejected (TRF-6)")
    @APIResponse(responseCode = "422", description = "Rules broken, each listed with its rule ID")
    public Response resubmit(@PathParam("transferId") UUID transferId, @Valid @NotNull Transfers.Resubmission entry) {
        Transfer transfer = transfers.resubmit(transferId, entry);
        return Response.status(Response.Status.CREATED).entity(views.of(transfer)).build();
    }
}
