package org.youthjustice.victims.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;

/** The police partner passes victims' details (VIC-9), for its own authority only (the client's authority claim). */
@Path("/referrals")
@Tag(name = "victim referrals", description = "Victims' details from the police partner (VIC-9)")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {
    @Inject
    Intake intake;

    /** What the police get back: the pseudonymous reference only. */
    public record ReferralReceipt(UUID victimRef, UUID caseId, boolean consentToContact) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_POLICE)
    @Operation(summary = "Pass a victim's details and consent to contact (VIC-9, VIC-2)", description = """
            By the police partner's system (client credentials), for a case of its own authority. Refused (422, VIC-9) \
            where the victim asked the police not to pass their details: nothing is stored. The police's reference makes \
            a repeated referral one (200 with the same victimRef). A consenting direct victim of a sentenced case is owed \
            the first contact from now (VIC-1, VIC-6). The answer holds no personal data.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "referral", value = """
            {"caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "policeReference": "TVP-44120/26-V1", "victimAskedNotToShare": false,
             "directVictim": true, "consentToContact": true, "consentGivenOn": "2026-11-20",
             "details": {"name": "Sam Example", "dateOfBirth": "1990-04-02", "address": "1 Example Street, Wokingham",
                         "phone": "07700 900123", "email": "sam@example.invalid", "preferredContactMethod": "phone",
                         "communicationNeeds": null, "parentOrGuardian": null}}""")))
    @APIResponse(responseCode = "201", description = "Referred", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralReceipt.class),
            examples = @ExampleObject(name = "referred", value = """
                    {"victimRef": "0b9c5a4e-2d1f-4e3c-8b7a-6d5e4f3a2b1c", "caseId": "3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f", "consentToContact": true}""")))
    @APIResponse(responseCode = "200", description = "Referred before under this police reference: the same victim",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralReceipt.class)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed")
    @APIResponse(responseCode = "404", description = "No such case in your authority")
    @APIResponse(responseCode = "409", description = "The police reference was referred for another case")
    @APIResponse(responseCode = "422", description = "VIC-9: the victim asked not to be passed on; VIC-6: a victim under 17 without a parent or guardian",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "asked not to share", value = """
                    {"type": "urn:youth-justice:problem:rule-violation", "title": "The request breaks business rules", "status": 422,
                     "violations": [{"rule": "VIC-9", "field": "victimAskedNotToShare", "message": "the victim asked the police not to pass their details to the youth justice service: do not send them"}]}""")))
    public Response refer(@Valid @NotNull Intake.Referral referral) {
        Intake.Received received = intake.refer(referral);
        ReferralReceipt receipt = new ReferralReceipt(received.victim().id, received.victim().caseId, received.victim().consentToContact);
        return Response.status(received.created() ? 201 : 200).entity(receipt).build();
    }
}
