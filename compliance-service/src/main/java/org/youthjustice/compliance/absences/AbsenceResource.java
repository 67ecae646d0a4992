package org.youthjustice.compliance.absences;

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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
import org.youthjustice.compliance.paging.Pages;
import org.youthjustice.compliance.supervision.CaseAccess;
import org.youthjustice.events.compliance.EvidenceKind;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.DeadlineStatus;
import org.youthjustice.kernel.tenancy.Roles;

/** Absences: missed appointments followed up and judged (CMP-2 to CMP-4). */
@Path("/cases/{caseId}/absences")
@Tag(name = "absences", description = "Absences from appointments: follow-up, evidence and judgement (CMP-2 to CMP-4)")
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceResource {
    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    Absences absences;

    /** CMP-4: when the follow-up was due, and whether it was on time. */
    public record FollowUpView(LocalDate dueDate, Instant dueAt, String policyVersion, String kind, Instant at, String by,
            String note, String status) {
    }

    public record AbsenceView(UUID id, UUID caseId, UUID orderId, UUID appointmentId, Instant missedAt, FollowUpView followUp,
            Absence.Judgement judgement, EvidenceKind evidenceKind, String evidenceDescription, LocalDate evidenceReceivedOn,
            boolean exceptionUsed, String exceptionRationale, String verbalWarning, String judgedBy, Instant judgedAt) {
        public static AbsenceView of(Absence a, Instant now) {
            String status = DeadlineStatus.of(a.followUpDueAt, now, Optional.ofNullable(a.followedUpAt)).wireName();
            return new AbsenceView(a.id, a.caseId, a.orderId, a.appointmentId, a.missedAt,
                    new FollowUpView(a.followUpDueDate, a.followUpDueAt, a.followUpPolicyVersion, a.followUpKind, a.followedUpAt,
                            a.followedUpBy, a.followUpNote, status),
                    a.judgement, a.evidenceKind, a.evidenceDescription, a.evidenceReceivedOn, a.exceptionUsed, a.exceptionRationale,
                    a.verbalWarning, a.judgedBy, a.judgedAt);
        }
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's absences, oldest first, each with its follow-up (CMP-4) and judgement")
    @APIResponse(responseCode = "200", description = "The absences", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AbsenceView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid paging values, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response absencesOf(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        // one case's absences: a short list bounded by its appointments, cut from the whole
        PageRequest page = PageRequest.of(offset, limit, Pages.CASE_DEFAULT_LIMIT, Pages.CASE_MAX_LIMIT);
        access.readable(caseId);
        Instant now = clock.instant();
        return Page.of(absences.ofCase(caseId).stream().map(a -> AbsenceView.of(a, now)).toList(), page).toResponse(uri);
    }

    @POST
    @Path("/{absenceId}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record the follow-up of a missed appointment (CMP-4: within 1 working day)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "phone call",
            value = "{\"kind\": \"phone-call\", \"at\": \"2026-11-24T09:30:00Z\", \"note\": \"Spoke to mum: Kai was ill.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded (the first follow-up recorded stands)")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not act on it")
    @APIResponse(responseCode = "404", description = "No such case or absence in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "The case was transferred out of your authority (TRF-1): read-only here")
    public AbsenceView followUp(@PathParam("caseId") UUID caseId, @PathParam("absenceId") UUID absenceId,
            @Valid @NotNull Absences.FollowUp entry) {
        return AbsenceView.of(absences.followUp(access.workable(caseId), absenceId, entry), clock.instant());
    }

    @POST
    @Path("/{absenceId}/judgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Judge an absence acceptable or unacceptable (CMP-2, CMP-3)", description = """
            Acceptable only with written `evidence` (CMP-2), or once per order by `exception`, with its rationale and \
            the verbal warning given, written down (CMP-3; refused the second time). Unacceptable escalates the \
            order's enforcement (first warning, second warning and compliance meeting, breach; police for \
            out-of-court disposals). Judged already, or by someone else at the same moment: 409.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "acceptable with evidence", value = """
                    {"acceptable": true, "evidence": {"kind": "sick-note", "description": "GP note dated 23 Nov", "receivedOn": "2026-11-24"}}"""),
            @ExampleObject(name = "unacceptable", value = "{\"acceptable\": false}") }))
    @APIResponse(responseCode = "200", description = "Judged")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not act on it")
    @APIResponse(responseCode = "404", description = "No such case or absence in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Already judged; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    @APIResponse(responseCode = "422", description = "Acceptable without evidence (CMP-2), or a second exception (CMP-3)")
    public AbsenceView judge(@PathParam("caseId") UUID caseId, @PathParam("absenceId") UUID absenceId,
            @Valid @NotNull Absences.JudgementEntry entry) {
        return AbsenceView.of(absences.judge(access.workable(caseId), absenceId, entry), clock.instant());
    }

    @POST
    @Path("/{absenceId}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER })
    @Operation(summary = "Record written evidence that arrived after the absence was judged (CMP-2)", description = """
            The absence becomes acceptable; the enforcement steps it started that are not done yet are withdrawn.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "school letter",
            value = "{\"kind\": \"school-letter\", \"description\": \"School confirms exam that afternoon\", \"receivedOn\": \"2026-11-26\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such case or absence in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "The case was transferred out of your authority (TRF-1): read-only here")
    public AbsenceView evidence(@PathParam("caseId") UUID caseId, @PathParam("absenceId") UUID absenceId,
            @Valid @NotNull Absences.Evidence entry) {
        return AbsenceView.of(absences.evidenceArrived(access.workable(caseId), absenceId, entry), clock.instant());
    }
}
