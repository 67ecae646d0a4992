package org.youthjustice.compliance.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.compliance.paging.Pages;
import org.youthjustice.compliance.supervision.CaseAccess;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;

/** The letters kept with a child's case (CMP-11, X-6): listed, written, and downloaded as PDF. */
@Path("/cases/{caseId}/letters")
@Tag(name = "letters", description = "Warning, breach and appointment letters, produced as PDFs (CMP-5 to CMP-7, CMP-11, X-6)")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {
    @Inject
    CaseAccess access;

    @Inject
    Letters letters;

    public record LetterView(UUID id, UUID orderId, LetterKind kind, String rule, Letter.Status status, UUID stepId,
            String requestedBy, Instant requestedAt, LocalDate letterDate, String templateVersion, String addressing,
            Integer parentCarersCopied, UUID nextAppointmentId, Instant meetingAt, LocalDate periodFrom, LocalDate periodTo,
            String producedBy, Instant producedAt, String pdf) {
        static LetterView of(Letter l) {
            return new LetterView(l.id, l.orderId, l.kind, l.rule, l.status, l.stepId, l.requestedBy, l.requestedAt, l.letterDate,
                    l.templateVersion, l.addressing, l.parentCarersCopied, l.nextAppointmentId, l.meetingAt, l.periodFrom,
                    l.periodTo, l.producedBy, l.producedAt,
                    l.status == Letter.Status.PRODUCED ? "/api/compliance/cases/" + l.caseId + "/letters/" + l.id + "/pdf" : null);
        }
    }

    public record AppointmentLetterEntry(@NotNull UUID orderId, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case's letters, oldest first", description = """
            Warning and breach letters are recorded `pending` with the step that calls for them and are `produced` \
            when written; `withdrawn` when the absence proved acceptable before the letter was written.""")
    @APIResponse(responseCode = "200", description = "The letters", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LetterView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid paging values, each listed")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public Response list(@PathParam("caseId") UUID caseId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, Pages.CASE_DEFAULT_LIMIT, Pages.CASE_MAX_LIMIT);
        // one case's letters: a short list, cut from the whole
        return Page.of(letters.ofCase(access.readable(caseId).id).stream().map(LetterView::of).toList(), page).toResponse(uri);
    }

    @GET
    @Path("/{letterId}")
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "One letter")
    @APIResponse(responseCode = "200", description = "The letter")
    @APIResponse(responseCode = "404", description = "No such case or letter in your authority, or not one you may see")
    public LetterView get(@PathParam("caseId") UUID caseId, @PathParam("letterId") UUID letterId) {
        return LetterView.of(letters.find(access.readable(caseId), letterId));
    }

    @GET
    @Path("/{letterId}/pdf")
    @Produces({ "application/pdf", "application/problem+json" })
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Download the letter as written (PDF)", description = """
            The child's letter, then a copy for each parent/carer when the child was under 16 on its date (X-6).""")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such case or letter in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Not written yet (pending) or withdrawn")
    public Response pdf(@PathParam("caseId") UUID caseId, @PathParam("letterId") UUID letterId) {
        Letter letter = letters.find(access.readable(caseId), letterId);
        if (letter.status != Letter.Status.PRODUCED) {
            throw ProblemException.conflict("the letter is " + letter.status.wireName() + ": there is no PDF to download");
        }
        return Response.ok(letter.pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + letter.kind.wireName() + "-letter-" + letter.letterDate + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{letterId}/production")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Write a pending warning or breach letter (CMP-5 to CMP-7, CMP-11)", description = """
            From the authority's current template, addressed to the child with each parent/carer copied when the \
            child is under 16 today (X-6); the child's and parents' contact details are read from order-service \
            on your behalf. A first warning names the next appointment (422 CMP-5 until one is scheduled), a second \
            the compliance meeting (422 CMP-6 until it is arranged). A letter already written is answered as it is. \
            If order-service cannot be reached the answer is 503 with Retry-After and the letter stays pending.""")
    @APIResponse(responseCode = "200", description = "The letter, written")
    @APIResponse(responseCode = "403", description = "You may read this case but not act on it")
    @APIResponse(responseCode = "404", description = "No such case or letter in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "Withdrawn, or written by someone else at the same moment; "
            + "or the case was transferred out of your authority (TRF-1): read-only here")
    @APIResponse(responseCode = "422", description = "What the letter must name is not arranged yet (CMP-5, CMP-6), or no "
            + "parent/carer recorded to copy for a child under 16 (X-6)")
    @APIResponse(responseCode = "503", description = "order-service could not be reached, or is known to be down (its circuit "
            + "is open); nothing changed: the letter stays pending", headers = @Header(name = "Retry-After",
            description = "Seconds after which it is worth asking again", schema = @Schema(type = SchemaType.INTEGER)))
    public LetterView produce(@PathParam("caseId") UUID caseId, @PathParam("letterId") UUID letterId) {
        return LetterView.of(letters.produce(access.workable(caseId, Roles.BUSINESS_SUPPORT), letterId));
    }

    @POST
    @Path("/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Write an appointment letter for a period (X-6, CMP-11)", description = """
            Lists the order's scheduled appointments from `from` to `to` (at most 3 months: weekly, monthly or the \
            whole order, as the case manager decides), addressed like every letter (X-6).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "month ahead",
            value = "{\"orderId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\", \"from\": \"2026-12-01\", \"to\": \"2026-12-31\"}")))
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not act on it")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    @APIResponse(responseCode = "409", description = "The case was transferred out of your authority (TRF-1): read-only here")
    @APIResponse(responseCode = "422", description = "No appointments in the period, or no parent/carer to copy (X-6)")
    @APIResponse(responseCode = "503", description = "order-service could not be reached, or is known to be down (its circuit "
            + "is open); nothing was written", headers = @Header(name = "Retry-After",
            description = "Seconds after which it is worth asking again", schema = @Schema(type = SchemaType.INTEGER)))
    public Response appointmentLetter(@PathParam("caseId") UUID caseId, @Valid @NotNull AppointmentLetterEntry entry) {
        var childCase = access.workable(caseId, Roles.BUSINESS_SUPPORT);
        Letter letter = letters.produceAppointments(childCase, access.order(childCase, entry.orderId()), entry.from(), entry.to());
        return Response.created(UriBuilder.fromPath("/api/compliance/cases/{caseId}/letters/{id}").build(caseId, letter.id))
                .entity(LetterView.of(letter)).build();
    }
}
