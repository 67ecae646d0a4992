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
import org.youthjustice.transfers.requests.StoredJson;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.requests.TransferViews;

/** The face-to-face transfer meeting between the two authorities (TRF-16). */
@Path("/transfers/{transferId}/meeting")
@Tag(name = "transfer reviews", description = "The receiving authority's review of a transfer request and the face-to-face transfer meeting (TRF-6, TRF-7, TRF-16)")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    @Inject
    Reviews reviews;

    @Inject
    TransferAccess access;

    @Inject
    TransferViews views;

    @Inject
    StoredJson json;

    public record MeetingView(UUID id, UUID transferId, String authority, LocalDate heldOn, List<String> attendees, String recordedBy,
            Instant recordedAt) {
    }

    MeetingView view(TransferMeeting meeting) {
        return new MeetingView(meeting.id, meeting.transferId, meeting.authority, meeting.heldOn, json.texts(meeting.attendees),
                meeting.recordedBy, meeting.recordedAt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record the face-to-face transfer meeting, held today or earlier (TRF-16)",
            description = "By either authority, before acceptance; a child with high or very high RoSH is accepted only after it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "meeting", value = """
            {"heldOn": "2026-11-25", "attendees": ["Chris Green (Wokingham case manager)",
             "Sam Patel (Nottinghamshire team manager)", "Jo Taylor (aunt)"]}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingView.class),
            examples = @ExampleObject(name = "recorded", value = """
                    {"id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "heldOn": "2026-11-25", "authority": "nottinghamshire",
                     "attendees": ["Chris Green (Wokingham case manager)", "Sam Patel (Nottinghamshire team manager)"]}""")))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed (a meeting in the future)")
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "409", description = "The transfer is already accepted")
    public Response record(@PathParam("transferId") UUID transferId, @Valid @NotNull Reviews.MeetingEntry entry) {
        return Response.status(Response.Status.CREATED).entity(view(reviews.recordMeeting(transferId, entry))).build();
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "The transfer meetings recorded")
    @APIResponse(responseCode = "200", description = "The meetings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one", value = "[{\"heldOn\": \"2026-11-25\", \"attendees\": [\"Chris Green\"]}]")))
    @APIResponse(responseCode = "404", description = "No such transfer between your authority and another")
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response list(@PathParam("transferId") UUID transferId,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        access.readable(transferId);
        // one transfer's meetings: a few, so the page is cut from the whole list
        return Page.of(reviews.meetings(transferId).stream().map(this::view).toList(), page).toResponse(uri);
    }
}
