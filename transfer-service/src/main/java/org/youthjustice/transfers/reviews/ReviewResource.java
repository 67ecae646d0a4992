package org.youthjustice.transfers.reviews;

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
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.transfers.requests.StoredJson;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.requests.TransferViews;

/** The receiving authority's decisions on a transfer request (TRF-6, TRF-16), read by both authorities. */
@Path("/transfers/{transferId}/reviews")
@Tag(name = "transfer reviews", description = "The receiving authority's review of a transfer request and the face-to-face transfer meeting (TRF-6, TRF-7, TRF-16)")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
    @Inject
    Reviews reviews;

    @Inject
    TransferAccess access;

    @Inject
    TransferViews views;

    @Inject
    StoredJson json;

    public record ReviewView(UUID id, UUID transferId, int version, TransferDecision decision, List<String> reasons, String decidedBy,
            Instant decidedAt) {
    }

    ReviewView view(TransferReview review) {
        return new ReviewView(review.id, review.transferId, review.versionNumber, review.decision, json.texts(review.reasons),
                review.decidedBy, review.decidedAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Accept, stay (more information needed) or reject a request, with reasons (TRF-6)", description = """
            By the receiving authority's advanced practitioners, team managers and service managers. The reasons go back \
            to the home authority (transfer.reviewed); a stayed or rejected request can be re-submitted. Where the \
            child's RoSH is high or very high, acceptance waits for the face-to-face transfer meeting (422 TRF-16, a \
            switch of the receiving authority, on by default). A request already decided answers 409.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "stay", value = """
                    {"decision": "stayed", "reasons": ["AssetPlus is older than a month: please update it",
                     "The pre-sentence report is missing"]}"""),
            @ExampleObject(name = "accept", value = "{\"decision\": \"accepted\", \"reasons\": [\"Complete and of good quality\"]}") }))
    @APIResponse(responseCode = "201", description = "Decided", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewView.class),
            examples = @ExampleObject(name = "stayed", value = """
                    {"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d", "transferId": "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c",
                     "version": 1, "decision": "stayed", "reasons": ["The pre-sentence report is missing"],
                     "decidedBy": "nottinghamshire-team-manager", "decidedAt": "2026-11-25T11:00:00Z"}""")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed (reasons are required: TRF-6)")
    @APIResponse(responseCode = "403", description = "Only the receiving authority's managers decide")
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "409", description = "Already decided, or decided by someone else at the same moment")
    @APIResponse(responseCode = "422", description = "TRF-16: the face-to-face meeting is not recorded yet")
    public Response decide(@PathParam("transferId") UUID transferId, @Valid @NotNull Reviews.Decision entry) {
        return Response.status(Response.Status.CREATED).entity(view(reviews.decide(transferId, entry))).build();
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Every decision on the request, the first first, with its reasons")
    @APIResponse(responseCode = "200", description = "The decisions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "stayed then accepted", value = """
                    [{"version": 1, "decision": "stayed", "reasons": ["The pre-sentence report is missing"]},
                     {"version": 2, "decision": "accepted", "reasons": ["Complete"]}]""")))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response list(@PathParam("transferId") UUID transferId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(transferId);
        // one transfer's decisions: one per version, so the page is cut from the whole list
        return Page.of(reviews.reviews(transferId).stream().map(this::view).toList(), page).toResponse(uri);
    }
}
