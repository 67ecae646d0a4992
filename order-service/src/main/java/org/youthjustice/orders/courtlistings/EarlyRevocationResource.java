package org.youthjustice.orders.courtlistings;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.orders.sentencing.OrderLifecycle;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/** An order's early revocation (MIL-13): its eligibility, and a manager's agreement that starts the court listing. */
@Path("/orders/{id}/early-revocation")
@Tag(name = "orders", description = "A case's orders and their requirements, with statutory validation (ORD-*)")
@Produces(MediaType.APPLICATION_JSON)
public class EarlyRevocationResource {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    EarlyRevocation earlyRevocation;

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Is the order eligible for early revocation now? (MIL-13)", description = """
            Each criterion met or unmet with its evidence: in force, after its mid-point, low risk (RoSH and SaW low             at the latest assessment), satisfactory compliance (no breach initiated), no re-offending (no court             outcome for new offences since the sentence); the plan's targets are confirmed by the practitioner.""")
    @APIResponse(responseCode = "200", description = "The criteria and whether all are met")
    @APIResponse(responseCode = "404", description = "No such order in your authority, or not on a case you may see")
    public EarlyRevocationRule.Eligibility eligibility(@PathParam("id") UUID id) {
        return earlyRevocation.eligibility(lifecycle.readable(id));
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record a manager's agreement to early revocation (MIL-13)", description = """
            With the child's views and the day the decision was told to the child, from which the case is to be             listed in court within 2 weeks (announced as `court-listing.due`, reason `early-revocation`). Refused             with every unmet criterion while the order is not eligible.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "agreed",
            value = """
                    {"planTargetsCompleted": true, "childViews": "Wants to finish at the review; proud of the work done.",
                     "toldToChildOn": "2026-11-20"}""")))
    @APIResponse(responseCode = "201", description = "Agreed; the court listing milestone it started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such order in your authority")
    @APIResponse(responseCode = "409", description = "An early revocation of this order is already waiting for its hearing")
    @APIResponse(responseCode = "422", description = "Not eligible: every unmet criterion listed under MIL-13")
    public Response decide(@PathParam("id") UUID id,
            @Valid @NotNull EarlyRevocation.Decision decision) {
        Milestone listing = earlyRevocation.decide(lifecycle.readable(id), decision);
        return Response.status(201).entity(MilestoneView.of(listing, clock.instant(), calendar)).build();
    }
}
