package org.youthjustice.allocation.screening;

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
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;

/** A specialist worker's new allocations to screen (ALC-13); the specialist is the caller, by their token. */
@Path("/screening-notices")
@Tag(name = "allocation", description = "Allocation requests and decisions: candidates ranked by capacity, band, gender principle and risk, with the evidence of every decision (ALC-*)")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {
    @Inject
    Screening screening;

    @Inject
    Caller caller;

    public record NoticeView(UUID id, UUID caseId, String specialism, Instant notifiedAt, String outcome, String note,
            Instant screenedAt) {
        static NoticeView of(ScreeningNotice n) {
            return new NoticeView(n.id, n.caseId, n.specialism, n.notifiedAt, n.outcome, n.note, n.screenedAt);
        }
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER })
    @Operation(summary = "The new allocations I have still to screen, as a specialist worker (ALC-13)")
    @APIResponse(responseCode = "200", description = "My open notices, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoticeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response mine(@Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 100, 500);
        Page<NoticeView> mine = me().map(id -> {
            Page<ScreeningNotice> found = screening.open(id, page);
            return new Page<>(found.items().stream().map(NoticeView::of).toList(), found.total(), page);
        }).orElse(new Page<>(List.of(), 0, page));
        return mine.toResponse(uri);
    }

    @POST
    @Path("/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER })
    @Operation(summary = "Record my screening of an allocation (ALC-13): no-need, or referred")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "referred",
            value = "{\"outcome\": \"referred\", \"note\": \"Speech and language screen booked for next week.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such notice of yours")
    @APIResponse(responseCode = "409", description = "Already screened otherwise")
    public NoticeView screened(@PathParam("id") UUID id, @Valid @NotNull Screening.Screened entry) {
        return NoticeView.of(screening.screened(me().orElseThrow(() -> org.youthjustice.kernel.problem.ProblemException.notFound(
                "screening notice " + id)), id, entry));
    }

    /** The caller as a worker: their realm user id. */
    private java.util.Optional<UUID> me() {
        try {
            return java.util.Optional.of(UUID.fromString(caller.subject()));
        } catch (IllegalArgumentException notAUserId) {
            return java.util.Optional.empty();
        }
    }
}
