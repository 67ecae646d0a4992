package org.youthjustice.orders.courtoutcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;

@Path("/court-outcomes")
@Tag(name = "court outcomes", description = "Court outcomes as courts and court officers record them: the child's case opens, orders are made (ORD-1 to ORD-4)")
public class CourtOutcomeResource {
    @Inject
    CourtOutcomes courtOutcomes;

    public record RecordedView(UUID outcomeId, UUID caseId, String caseReference, boolean newCase, boolean duplicate) {
        static RecordedView of(CourtOutcomes.Recorded recorded) {
            return new RecordedView(recorded.outcome().id, recorded.childCase().id, recorded.childCase().reference,
                    recorded.newCase(), recorded.duplicate());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT, Roles.TEAM_MANAGER, Roles.PARTNER_COURT })
    @Operation(summary = "Submit a court outcome (ORD-1)", description = """
            Records what a court decided about a child. The child is matched to a case of your authority by the \
            court's reference, else by name and date of birth; otherwise a new case opens. Submitting the same \
            outcome again (same court reference and hearing date) answers 200 with the outcome already recorded. \
            A `sentenced` outcome carries the `order` made; a `varied`, `revoked` or `breach-found` outcome carries \
            `orderChange`: the child's order it is about, a reason code, a note, and for a variation the requirements \
            now in force and a new end date when they changed (re-validated at the original finding of guilt).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "order varied", value = """
                    {"court": {"name": "Reading Youth Court", "location": "Reading", "crownCourt": false, "outOfArea": false},
                     "courtReference": "52AA1234999", "hearingDate": "2026-11-20", "outcome": "varied",
                     "child": {"givenName": "Sam", "familyName": "Taylor", "dateOfBirth": "2010-04-02", "genderIdentity": "female",
                               "lookedAfter": false},
                     "offences": [{"description": "theft from a shop", "imprisonable": true}],
                     "orderChange": {"orderId": "3f1c2a9e-1b7d-4c55-9a51-2f0f0d7d9b10", "reason": "requirements-added",
                                     "note": "Activity requirement added at the review hearing.",
                                     "requirements": [{"type": "supervision"}, {"type": "activity", "days": 60}]}}"""),
            @ExampleObject(name = "adjourned for a report",
            value = """
                    {"court": {"name": "Reading Youth Court", "location": "Reading", "crownCourt": false, "outOfArea": false},
                     "courtReference": "52AA1234526", "hearingDate": "2026-11-20", "outcome": "adjourned-for-psr",
                     "child": {"givenName": "Sam", "familyName": "Taylor", "dateOfBirth": "2010-04-02", "genderIdentity": "female",
                               "lookedAfter": false, "address": "1 Example Road, Wokingham", "locality": "east",
                               "parentCarers": [{"name": "Alex Taylor", "relationship": "mother", "phone": "0118 000 0000"}]},
                     "offences": [{"description": "theft from a shop", "imprisonable": true}]}""") }))
    @APIResponse(responseCode = "201", description = "Recorded; Location is the child's case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class)))
    @APIResponse(responseCode = "200", description = "This outcome was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "Your roles may not submit court outcomes")
    @APIResponse(responseCode = "422", description = "The child is outside youth justice age (X-5)")
    public Response submit(@Valid @NotNull CourtOutcomeSubmission submission) {
        CourtOutcomes.Recorded recorded;
        try {
            recorded = courtOutcomes.record(submission);
        } catch (PersistenceException concurrentDuplicate) {
            // the same outcome submitted twice at once: the other submission recorded it
            recorded = courtOutcomes.recorded(submission.courtReference(), submission.hearingDate())
                    .orElseThrow(() -> concurrentDuplicate);
        }
        if (recorded.duplicate()) {
            return Response.ok(RecordedView.of(recorded)).build();
        }
        return Response.created(URI.create("cases/" + recorded.childCase().id)).entity(RecordedView.of(recorded)).build();
    }
}
