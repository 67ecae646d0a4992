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
import org.youthjustice.victims.cases.VictimCases;
import org.youthjustice.victims.contact.Consents;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.victims.RiskFlag;
import org.youthjustice.victims.victims.RiskFlags;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimDetails;
import org.youthjustice.victims.victims.Victims;

/**
 * A case's victims and each victim's record, for restorative justice workers and managers of the authority only
 * (VIC-4): everyone else gets 404. Views carry no personal data; the details open with a reason, audited.
 */
@Path("/")
@Authenticated
@Tag(name = "victims", description = "Victims of a case's offences, their consent and risks (VIC-2, VIC-4, VIC-5, VIC-6, VIC-9)")
@Produces(MediaType.APPLICATION_JSON)
public class VictimResource {
    static final String VIEW_EXAMPLE = """
            {"victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "directVictim": true,
             "referredBy": "police", "consentToContact": true,
             "restorative": {"victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c", "appropriate": null, "decidedAt": null, "decidedBy": null,
                             "options": [], "takingPart": false, "concludedOn": null},
             "tasks": [{"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c",
                        "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "purpose": "sentence-outcome", "rule": "VIC-1",
                        "dueDate": "2026-11-27", "dueAt": "2026-11-27T23:59:59.999999Z", "status": "due", "closedAt": null, "closedReason": null,
                        "explanation": {"rule": "VIC-1", "trigger": "the sentence on 2026-11-20", "triggeredAt": "2026-11-20T00:00:00Z",
                                        "timeLimit": "5 working-days", "policyVersion": "wokingham@3f2a1b0c9d8e", "dueDate": "2026-11-27",
                                        "skipped": [{"date": "2026-11-21", "why": "weekend"}, {"date": "2026-11-22", "why": "weekend"}],
                                        "summary": "VIC-1: 5 working-days from the sentence on 2026-11-20 (2026-11-20), under policy wokingham@3f2a1b0c9d8e: due by the end of 2026-11-27, not counting 2 weekend or bank holiday day(s)"}}],
             "riskFlags": ["lives-near-victim"], "recordedAt": "2026-11-20T10:15:00Z", "erasedAt": null}""";

    @Inject
    PersonalDataAccess access;

    @Inject
    VictimCases cases;

    @Inject
    Victims victims;

    @Inject
    Intake intake;

    @Inject
    Consents consents;

    @Inject
    RiskFlags riskFlags;

    @Inject
    VictimViews views;

    public record RiskEntry(@NotNull RiskFlag flag) {
    }

    @GET
    @Path("/cases/{caseId}")
    @Operation(summary = "The victims of a case, without personal data", description = """
            Restorative justice workers and managers of the case's authority; anyone else, and any other authority, 404 \
            (VIC-4). Each victim by pseudonymous reference with consent, restorative work, contact tasks and risk flags.""")
    @APIResponse(responseCode = "200", description = "The case's victims", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VictimViews.VictimView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "victims", value = "[" + VIEW_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    @APIResponse(responseCode = "404", description = "No such case, or not yours to see")
    public Response ofCase(@PathParam("caseId") UUID caseId, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        access.requireVictimWork();
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        cases.require(caseId);
        // one case's victims: a handful, so the page is cut from the whole list
        Page<Victim> found = Page.of(victims.ofCase(caseId), page);
        return new Page<>(found.items().stream().map(views::of).toList(), found.total(), page).toResponse(uri);
    }

    @POST
    @Path("/cases/{caseId}/victims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a victim of the case, with their consent to contact (VIC-2, VIC-6)", description = """
            By a restorative justice worker or manager. A victim under 17 comes with a parent or guardian (422, VIC-6). \
            A consenting direct victim of a sentenced case is owed the first contact from now (VIC-1; 1 working day under \
            17, VIC-6). allocation-service hears of the consent by reference only (ALC-11).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "victim under 17", value = """
            {"directVictim": true, "consent": {"consentToContact": true, "source": "parent-or-guardian", "givenOn": "2026-11-20"},
             "details": {"name": "Alex Example", "dateOfBirth": "2012-05-01", "address": "2 Example Road, Wokingham", "phone": null,
                         "email": null, "preferredContactMethod": "letter", "communicationNeeds": "large print",
                         "parentOrGuardian": {"name": "Jo Example", "relationship": "mother", "address": "2 Example Road, Wokingham",
                                              "phone": "07700 900456", "email": null}}}""")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "recorded", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed")
    @APIResponse(responseCode = "404", description = "No such case, or not yours to see")
    @APIResponse(responseCode = "422", description = "VIC-6: a victim under 17 without a parent or guardian")
    public Response enter(@PathParam("caseId") UUID caseId, @Valid @NotNull Intake.VictimEntry entry) {
        access.requireVictimWork();
        return Response.status(201).entity(views.of(intake.enter(caseId, entry))).build();
    }

    @GET
    @Path("/victims/{victimRef}")
    @Operation(summary = "A victim's record without personal data")
    @APIResponse(responseCode = "200", description = "The victim", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    public VictimViews.VictimView victim(@PathParam("victimRef") UUID victimRef) {
        access.requireVictimWork();
        return views.of(victims.require(victimRef));
    }

    @GET
    @Path("/victims/{victimRef}/details")
    @Operation(summary = "Open a victim's personal data, saying why (VIC-4, X-4)", description = """
            The header Access-Reason says why; without it 400 (VIC-4). Every opening is audited with who, when, which \
            victim and why; managers read that trail at /api/victims/audit. 409 once erased (VIC-10).""")
    @APIResponse(responseCode = "200", description = "The details", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimDetails.class),
            examples = @ExampleObject(name = "details", value = """
                    {"name": "Sam Example", "dateOfBirth": "1990-04-02", "address": "1 Example Street, Wokingham", "phone": "07700 900123",
                     "email": "sam@example.invalid", "preferredContactMethod": "phone", "communicationNeeds": null, "parentOrGuardian": null}""")))
    @APIResponse(responseCode = "400", description = "VIC-4: no reason given")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "409", description = "Erased after the retention period (VIC-10)")
    public VictimDetails details(@PathParam("victimRef") UUID victimRef,
            @Parameter(description = "Why you open the victim's personal data (audited)", example = "arranging the first contact")
            @HeaderParam(PersonalDataAccess.REASON_HEADER) String reason) {
        access.requireVictimWork();
        return victims.open(victimRef, access.requireReason(reason));
    }

    @PUT
    @Path("/victims/{victimRef}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a victim's personal data (sealed again; the correction is audited, not its content)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "details", value = """
            {"name": "Sam Example", "dateOfBirth": "1990-04-02", "address": "3 New Street, Wokingham", "phone": "07700 900123",
             "email": null, "preferredContactMethod": "letter", "communicationNeeds": null, "parentOrGuardian": null}""")))
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "422", description = "VIC-6: a victim under 17 without a parent or guardian")
    public VictimViews.VictimView correct(@PathParam("victimRef") UUID victimRef, @Valid @NotNull VictimDetails details) {
        access.requireVictimWork();
        return views.of(victims.correct(victimRef, details));
    }

    @GET
    @Path("/victims/{victimRef}/consent")
    @Operation(summary = "The history of the victim's consent to contact (VIC-2)")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consents.ConsentView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "history", value = """
                    [{"consentToContact": true, "source": "police", "givenOn": "2026-11-20", "recordedAt": "2026-11-20T10:15:00Z", "recordedBy": "service-account-wokingham-police-system"},
                     {"consentToContact": false, "source": "victim", "givenOn": "2026-11-24", "recordedAt": "2026-11-24T09:00:00Z", "recordedBy": "wokingham-rj-worker"}]""")))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    public Response consentHistory(@PathParam("victimRef") UUID victimRef, @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit, @Context UriInfo uri) {
        access.requireVictimWork();
        PageRequest page = PageRequest.of(offset, limit, 200, 1000);
        // one victim's consent changes: a few, so the page is cut from the whole history
        return Page.of(consents.history(victimRef), page).toResponse(uri);
    }

    @POST
    @Path("/victims/{victimRef}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record consent, withdrawal (opt-out) or opting back in (VIC-2, VIC-9)", description = """
            An opt-out closes every open contact task at once and tells allocation-service (victim-consent.withdrawn); \
            opting back in tells it again (victim-consent.recorded) and, for a sentenced case, owes the first contact \
            from now if the victim was not told of the sentence yet.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "opt-out", value = """
            {"consentToContact": false, "source": "victim", "givenOn": "2026-11-24"}""")))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed, or a date in the future")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    @APIResponse(responseCode = "409", description = "Erased after the retention period (VIC-10)")
    public VictimViews.VictimView consent(@PathParam("victimRef") UUID victimRef, @Valid @NotNull Consents.ConsentEntry entry) {
        access.requireVictimWork();
        return views.of(consents.record(victimRef, entry));
    }

    @POST
    @Path("/victims/{victimRef}/risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag a risk to this victim to the case manager (VIC-5)", description = """
            The case manager sees the flag code on the case in order-service (victim-risk.flagged), never who the victim \
            is. The same flag twice is one.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "flag",
            value = "{\"flag\": \"lives-near-victim\"}")))
    @APIResponse(responseCode = "200", description = "Flagged", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VictimViews.VictimView.class),
            examples = @ExampleObject(name = "victim", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not one of the flag codes")
    @APIResponse(responseCode = "404", description = "No such victim, or not yours to see")
    public VictimViews.VictimView flag(@PathParam("victimRef") UUID victimRef, @Valid @NotNull RiskEntry entry) {
        access.requireVictimWork();
        riskFlags.flag(victimRef, entry.flag());
        return views.of(victims.require(victimRef));
    }
}
