package org.youthjustice.victims.casework;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.youthjustice.victims.contact.ContactLog;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.restorative.RestorativeWork;
import org.youthjustice.victims.victims.Victims;

/** The work with a victim: the contact log (VIC-1, VIC-8) and the restorative process (VIC-3, VIC-7, VIC-8). */
@Path("/")
@Authenticated
@Tag(name = "victim contact and restorative work", description = "Contacts with victims and restorative justice (VIC-1, VIC-3, VIC-7, VIC-8)")
@Produces(MediaType.APPLICATION_JSON)
public class VictimWorkResource {
    private static final String ATTEMPT_EXAMPLE = """
            {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c",
             "taskId": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "purpose": "sentence-outcome", "attemptedAt": "2026-11-23T10:00:00Z",
             "method": "phone", "contactedPerson": "victim", "result": "contacted", "outcomeTold": true, "supportOffered": true,
             "notes": null, "recordedBy": "wokingham-rj-worker", "recordedAt": "2026-11-23T10:20:00Z"}""";

    @Inject
    PersonalDataAccess access;

    @Inject
    ContactLog contactLog;

    @Inject
    RestorativeWork restorative;

    @Inject
    Victims victims;

    @Inject
    VictimViews views;

    @POST
    @Path("/victims/{victimRef}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an attempt to contact the victim and its result (VIC-1, VIC-8)", description = """
            A successful contact does the open task of its purpose; the first contact after sentence must tell the \
            outcome and offer victim support (422, VIC-1) and is announced as victim-contact.made with whether it was \
            within the time limit. Refused for a victim who has not consented or opted out (422, VIC-9). The notes are \
            sealed like personal data; the answer leaves them out.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "first contact", value = """
            {"purpose": "sentence-outcome", "attemptedAt": "2026-11-23T10:00:00Z", "method": "phone", "contactedPerson": "victim",
             "result": "contacted", "outcomeTold": true, "supportOffered": true, "notes": "Told of the referral order; Victim Support details given."}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactLog.AttemptView.class),
            examples = @ExampleObject(name = "attempt", value = ATTEMPT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed, or an attempt in the future")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "422", description = "VIC-1, VIC-6 or VIC-9, each listed")
    public Response contact(@PathParam("victimRef") UUID victimRef, @Valid @NotNull ContactLog.AttemptEntry entry) {
        access.requireVictimWork();
        return Response.status(201).entity(contactLog.view(contactLog.record(victimRef, entry), null)).build();
    }

    @GET
    @Path("/victims/{victimRef}/contacts")
    @Operation(summary = "The contact log with its notes, saying why (VIC-4, audited)")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactLog.AttemptView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "log", value = "[" + ATTEMPT_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "VIC-4: no reason given; or paging out of range (offset, limit), each field listed")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    public Response contacts(@PathParam("victimRef") UUID victimRef,
            @Parameter(description = "Why you open the contact log (audited)", example = "preparing the progress update")
            @HeaderParam(PersonalDataAccess.REASON_HEADER) String reason, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        access.requireVictimWork();
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        // one victim's contact log: tens of attempts at most, so the page is cut from the whole log
        return Page.of(contactLog.opened(victimRef, access.requireReason(reason)), page).toResponse(uri);
    }

    @POST
    @Path("/victims/{victimRef}/restorative-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide whether inviting the victim into a restorative process is appropriate, with reasons (VIC-7)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appropriate", value = """
            {"appropriate": true, "reasons": "The child accepts responsibility; the victim asked about meeting."}""")))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VictimResource.VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "422", description = "VIC-7: no reasons")
    public VictimViews.VictimView decide(@PathParam("victimRef") UUID victimRef, @Valid @NotNull RestorativeWork.DecisionEntry entry) {
        access.requireVictimWork();
        return views.of(restorative.decide(victimRef, entry));
    }

    @PUT
    @Path("/victims/{victimRef}/restorative-options")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the victim's wishes among the restorative options (VIC-3)", description = """
            direct-meeting, letter-of-apology, indirect-reparation, shuttle-communication, or none alone. Options other \
            than none need the VIC-7 decision that inviting the victim is appropriate. A consenting victim with an option \
            is taking part and is kept informed of the case's progress (VIC-8).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "wishes", value = """
            {"options": ["letter-of-apology", "shuttle-communication"], "wishes": "Would rather not meet; open to a letter."}""")))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VictimResource.VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "422", description = "VIC-3 or VIC-7")
    public VictimViews.VictimView options(@PathParam("victimRef") UUID victimRef, @Valid @NotNull RestorativeWork.OptionsEntry entry) {
        access.requireVictimWork();
        return views.of(restorative.wishes(victimRef, entry));
    }

    @POST
    @Path("/victims/{victimRef}/restorative-conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the restorative intervention concluded: the victim is owed the news (VIC-8)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "concluded",
            value = "{\"concludedOn\": \"2026-11-26\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; a conclusion task is due", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VictimResource.VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "409", description = "VIC-8: the victim is not taking part, or it concluded already")
    public VictimViews.VictimView conclude(@PathParam("victimRef") UUID victimRef, @Valid @NotNull RestorativeWork.ConclusionEntry entry) {
        access.requireVictimWork();
        return views.of(restorative.conclude(victimRef, entry));
    }
}
