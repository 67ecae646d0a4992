package org.youthjustice.transfers.caretaking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
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
import org.youthjustice.transfers.caretaking.CaretakingRules.ReportKind;
import org.youthjustice.transfers.caretaking.CaretakingViews.AgreementView;

/**
 * The caretaking of an accepted caretaking transfer, read and worked on by its two authorities (X-1, TRF-13):
 * the agreement and its signatures (TRF-8), residence and the presumption of full transfer (TRF-2), the host's
 * reports and the home's answers (TRF-9, TRF-14, TRF-15), and its end.
 */
@Path("/transfers/{transferId}/caretaking")
@Tag(name = "caretaking", description = "Caretaking agreements between the home and host authorities, their reports and their end (TRF-2, TRF-8, TRF-9, TRF-14, TRF-15)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
        Roles.SERVICE_MANAGER })
public class CaretakingResource {
    static final String AGREEMENT_EXAMPLE = """
            {"transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f",
             "homeAuthority": "wokingham", "hostAuthority": "nottinghamshire", "yourSide": "home", "status": "in-force",
             "hostCaseManager": "Sam Patel", "homeResponsibleOfficer": "Chris Green", "startDate": "2026-11-30",
             "reviewDate": "2027-02-24", "latestReviewDate": "2027-02-25", "reviewPolicy": "wokingham@default",
             "hostResponsibilities": ["Subsequent assessments (AssetPlus)"], "homeResponsibilities": ["Pre-sentence reports"],
             "homeKeepsCourtDuties": ["Reports to court", "Enforcement decisions (absences, warnings, compliance meetings)",
             "Breach proceedings"],
             "signatures": {"home": {"signedBy": "wokingham-team-manager", "signedAt": "2026-11-26T10:00:00Z"},
                            "host": {"signedBy": "nottinghamshire-team-manager", "signedAt": "2026-11-26T11:00:00Z"}},
             "contactRecords": {"everyDays": 7, "lastOn": "2026-12-03", "nextDue": "2026-12-10", "status": "due"},
             "presumption": {"residentInHostSince": "2026-11-30", "likelyToRemain": true, "presumedFrom": "2027-02-28",
                             "presumptionOfFullTransfer": false, "continuationReasonNeededFrom": "2027-02-28",
                             "continuationReason": null, "continuationReasonMissing": false},
             "ended": null}""";

    @Inject
    Caretaking caretaking;

    @Inject
    CaretakingViews views;

    public record ReportView(UUID id, UUID transferId, ReportKind kind, LocalDate occurredOn, String stage, String summary,
            String sentBy, Instant sentAt, String answer, List<String> answerReasons, String answeredBy, Instant answeredAt,
            String actedOnBy, Instant actedOnAt, String actedOnNote) {
    }

    @GET
    @Operation(summary = "The caretaking agreement, its signatures and where it stands (TRF-2, TRF-8, TRF-9)", description = """
            Read by the home and the host authority. `contactRecords.status` is overdue when the host's contact record \
            is late (TRF-9); `presumption.presumptionOfFullTransfer` is raised once the child has lived in the host \
            area for 3 months and is likely to remain (TRF-2); `continuationReasonMissing` once caretaking passes 3 \
            months without the home authority's recorded reason.""")
    @APIResponse(responseCode = "200", description = "The agreement", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementView.class),
            examples = @ExampleObject(name = "in force", value = AGREEMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another, or no agreement yet")
    public AgreementView agreement(@PathParam("transferId") UUID transferId) {
        Caretaking.Seen seen = caretaking.agreement(transferId);
        return views.of(seen.agreement(), seen.side());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft or redraft the caretaking agreement (TRF-8, Appendix B)", description = """
            Either authority of an accepted caretaking transfer. Responsibilities left out take Appendix B's defaults; \
            the court duties stay the home authority's (TRF-14: a host responsibility naming one is refused). The \
            review date is no later than 3 months after acceptance (the home authority's policy, `TRF-8-review`). \
            A redraft clears the signatures; an agreement both sides signed is not changed (409).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "agreement", value = """
            {"hostCaseManager": "Sam Patel", "homeResponsibleOfficer": "Chris Green", "startDate": "2026-11-30",
             "reviewDate": "2027-02-24", "contactEveryDays": 7, "residentInHostSince": "2026-11-30", "likelyToRemain": false}""")))
    @APIResponse(responseCode = "200", description = "The agreement, awaiting both signatures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "drafted", value = AGREEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "409", description = "Not an accepted caretaking transfer, or the agreement is signed by both")
    @APIResponse(responseCode = "422", description = "TRF-8 (dates, responsibilities) or TRF-14 (a court duty given to the host)")
    public AgreementView draft(@PathParam("transferId") UUID transferId, @Valid @NotNull Caretaking.AgreementEntry entry) {
        Caretaking.Seen seen = caretaking.draft(transferId, entry);
        return views.of(seen.agreement(), seen.side());
    }

    @POST
    @Path("/signatures")
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Sign the agreement for your authority (TRF-8)", description = """
            A team manager, advanced practitioner or service manager signs for their side, named and timed. The second \
            signature puts caretaking in force and announces caretaking.started to the home authority's services.""")
    @APIResponse(responseCode = "200", description = "Signed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementView.class),
            examples = @ExampleObject(name = "signed", value = AGREEMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such transfer or agreement")
    @APIResponse(responseCode = "409", description = "Your side signed already, or caretaking ended")
    public AgreementView sign(@PathParam("transferId") UUID transferId) {
        Caretaking.Seen seen = caretaking.sign(transferId);
        return views.of(seen.agreement(), seen.side());
    }

    @PUT
    @Path("/residence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the child lives: since when, and whether likely to remain (TRF-2)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "residence",
            value = "{\"residentInHostSince\": \"2026-09-01\", \"likelyToRemain\": true}")))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementView.class),
            examples = @ExampleObject(name = "recorded", value = AGREEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A date in the future")
    @APIResponse(responseCode = "404", description = "No such transfer or agreement")
    @APIResponse(responseCode = "409", description = "Caretaking ended")
    public AgreementView residence(@PathParam("transferId") UUID transferId, @Valid @NotNull Caretaking.ResidenceEntry entry) {
        Caretaking.Seen seen = caretaking.residence(transferId, entry);
        return views.of(seen.agreement(), seen.side());
    }

    @PUT
    @Path("/continuation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Why caretaking continues beyond 3 months rather than a full transfer (TRF-2; the home authority)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reason",
            value = "{\"reason\": \"The placement ends in January; the child returns home then\"}")))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementView.class),
            examples = @ExampleObject(name = "recorded", value = AGREEMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such transfer or agreement")
    @APIResponse(responseCode = "422", description = "TRF-2: the host does not record it")
    public AgreementView continuation(@PathParam("transferId") UUID transferId, @Valid @NotNull Caretaking.ContinuationEntry entry) {
        Caretaking.Seen seen = caretaking.continuation(transferId, entry);
        return views.of(seen.agreement(), seen.side());
    }

    @POST
    @Path("/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "End caretaking: the child returned home, or the case becomes a full transfer (the home authority)",
            description = "Announces caretaking.ended. A conversion to a full transfer is then requested as a transfer of its own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "converted", value = """
            {"endDate": "2027-02-28", "outcome": "converted-to-full-transfer", "reason": "Settled with his aunt for the rest of the order"}""")))
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementView.class),
            examples = @ExampleObject(name = "ended", value = AGREEMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such transfer or agreement")
    @APIResponse(responseCode = "422", description = "Not the home authority (TRF-14), or caretaking not in force (TRF-8)")
    public AgreementView end(@PathParam("transferId") UUID transferId, @Valid @NotNull Caretaking.EndEntry entry) {
        Caretaking.Seen seen = caretaking.end(transferId, entry);
        return views.of(seen.agreement(), seen.side());
    }

    @GET
    @Path("/reports")
    @Operation(summary = "The host's contact records, non-compliance and stage updates, with the home's answers (TRF-9, TRF-14, TRF-15)")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "reports", value = "[" + REPORT_EXAMPLE + "]")))
    @APIResponse(responseCode = "404", description = "No such transfer or agreement")
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response reports(@PathParam("transferId") UUID transferId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        // one agreement's reports: tens a year, so the page is cut from the whole list
        return Page.of(caretaking.reports(transferId).stream().map(this::view).toList(), page).toResponse(uri);
    }

    static final String REPORT_EXAMPLE = """
            {"id": "1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6", "transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c",
             "kind": "stage-update", "occurredOn": "2026-12-10", "stage": "plan", "summary": "Intervention plan reviewed",
             "sentBy": "nottinghamshire-case-worker", "sentAt": "2026-12-10T15:00:00Z", "answer": "accepted",
             "answerReasons": ["Agreed at the review"], "answeredBy": "wokingham-team-manager",
             "answeredAt": "2026-12-11T09:00:00Z", "actedOnBy": null, "actedOnAt": null, "actedOnNote": null}""";

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The host sends a contact record, non-compliance (TRF-9) or an assessment or plan stage (TRF-15)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "contact", value = """
                    {"kind": "contact", "occurredOn": "2026-12-03", "summary": "Home visit: attended, engaged well"}"""),
            @ExampleObject(name = "non-compliance", value = """
                    {"kind": "non-compliance", "occurredOn": "2026-12-08", "summary": "Missed the appointment of 8 December, no reason given"}"""),
            @ExampleObject(name = "stage update", value = """
                    {"kind": "stage-update", "occurredOn": "2026-12-10", "stage": "plan", "summary": "Intervention plan reviewed"}""") }))
    @APIResponse(responseCode = "201", description = "Sent", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportView.class),
            examples = @ExampleObject(name = "sent", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such transfer or agreement")
    @APIResponse(responseCode = "422", description = "Not the host (TRF-9, TRF-15), caretaking not in force (TRF-8), no stage (TRF-15)")
    public Response report(@PathParam("transferId") UUID transferId, @Valid @NotNull Caretaking.ReportEntry entry) {
        return Response.status(Response.Status.CREATED).entity(view(caretaking.report(transferId, entry))).build();
    }

    @POST
    @Path("/reports/{reportId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The home authority accepts or rejects a stage update (TRF-15) or decides on non-compliance (TRF-14)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "stage rejected", value = """
                    {"answer": "rejected", "reasons": ["The plan leaves out the victim awareness sessions"]}"""),
            @ExampleObject(name = "compliance decision", value = """
                    {"answer": "first warning", "reasons": ["Unacceptable absence: a first warning letter is to be given"]}""") }))
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportView.class),
            examples = @ExampleObject(name = "answered", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such transfer or report")
    @APIResponse(responseCode = "422", description = "Not the home authority (TRF-14, TRF-15), answered already, or a contact record")
    public ReportView answer(@PathParam("transferId") UUID transferId, @PathParam("reportId") UUID reportId,
            @Valid @NotNull Caretaking.AnswerEntry entry) {
        return view(caretaking.answer(transferId, reportId, entry));
    }

    @POST
    @Path("/reports/{reportId}/acted-on")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The host records acting on the home authority's compliance decision (TRF-14)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "acted on",
            value = "{\"note\": \"First warning letter handed to the child and his aunt on 10 December\"}")))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportView.class),
            examples = @ExampleObject(name = "recorded", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such transfer or report")
    @APIResponse(responseCode = "422", description = "TRF-14: not the host, not decided yet, or already acted on")
    public ReportView actedOn(@PathParam("transferId") UUID transferId, @PathParam("reportId") UUID reportId,
            @Valid @NotNull Caretaking.ActedOnEntry entry) {
        return view(caretaking.actedOn(transferId, reportId, entry));
    }

    ReportView view(CaretakingReport report) {
        return new ReportView(report.id, report.transferId, report.kind, report.occurredOn, report.stage, report.summary,
                report.sentBy, report.sentAt, report.answer, report.answerReasons == null ? null : caretaking.texts(report.answerReasons),
                report.answeredBy, report.answeredAt, report.actedOnBy, report.actedOnAt, report.actedOnNote);
    }
}
