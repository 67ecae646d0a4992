package org.youthjustice.orders.sentencing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.orders.cases.CaseAccess;

/**
 * An order and its life. Variations, revocations and breach findings are court outcomes (submitted to
 * {@code /court-outcomes} with {@code orderChange}); completion is recorded here.
 */
@Path("/orders")
@Tag(name = "orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    CaseAccess access;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    EarlyRevocation earlyRevocation;

    public record ChangeView(String kind, LocalDate on, String reason, String note, UUID outcomeId, Instant recordedAt,
            String recordedBy) {
    }

    public record OrderView(UUID id, UUID caseId, OrderType type, LocalDate startDate, LocalDate endDate, String team,
            String status, LocalDate endedOn, List<CourtOrder.Requirement> requirements, Integer contractMonths,
            Integer custodyMonths, Integer licenceMonths, Sentences.Parent parent, List<ChangeView> changes) {
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "An order with its requirements and every change in its life")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order in your authority, or not on a case you may see")
    public OrderView get(@PathParam("id") UUID id) {
        return view(readable(id));
    }

    @POST
    @Path("/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.CASE_WORKER })
    @Operation(summary = "Record that an order has completed", description = """
            Ends the order (announced as `order.completed` with the reason code, `expired` by default) and closes \
            its open milestones as no longer applicable.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "completed",
            value = "{\"completedOn\": \"2026-11-20\", \"reason\": \"expired\"}")))
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "403", description = "You may read this case but not record on it")
    @APIResponse(responseCode = "404", description = "No such order in your authority, or not on a case you may see")
    @APIResponse(responseCode = "409", description = "The order has already ended")
    public OrderView complete(@PathParam("id") UUID id, @Valid @NotNull OrderLifecycle.CompletionEntry completion) {
        access.workable(readable(id).caseId);
        CourtOrder order = lifecycle.complete(id, completion);
        return view(order);
    }

    @GET
    @Path("/{id}/early-revocation")
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Is the order eligible for early revocation now? (MIL-13)", description = """
            Each criterion met or unmet with its evidence: in force, after its mid-point, low risk (RoSH and SaW low             at the latest assessment), satisfactory compliance (no breach initiated), no re-offending (no court             outcome for new offences since the sentence); the plan's targets are confirmed by the practitioner.""")
    @APIResponse(responseCode = "200", description = "The criteria and whether all are met")
    @APIResponse(responseCode = "404", description = "No such order in your authority, or not on a case you may see")
    public EarlyRevocation.Eligibility earlyRevocation(@PathParam("id") UUID id) {
        return earlyRevocation.eligibility(readable(id));
    }

    @POST
    @Path("/{id}/early-revocation/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Record a manager's agreement to early revocation (MIL-13)", description = """
            With the child's views and the day the decision was told to the child, from which the case is to be             listed in court within 2 weeks (announced as `court-listing.due`, reason `early-revocation`). Refused             with every unmet criterion while the order is not eligible.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "agreed",
            value = """
                    {"planTargetsCompleted": true, "childViews": "Wants to finish at the review; proud of the work done.",
                     "toldToChildOn": "2026-11-20"}""")))
    @APIResponse(responseCode = "201", description = "Agreed; the court listing milestone it started")
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed")
    @APIResponse(responseCode = "404", description = "No such order in your authority")
    @APIResponse(responseCode = "409", description = "An early revocation of this order is already waiting for its hearing")
    @APIResponse(responseCode = "422", description = "Not eligible: every unmet criterion listed under MIL-13")
    public jakarta.ws.rs.core.Response decideEarlyRevocation(@PathParam("id") UUID id,
            @Valid @NotNull EarlyRevocation.Decision decision) {
        Milestone listing = earlyRevocation.decide(readable(id), decision);
        return jakarta.ws.rs.core.Response.status(201).entity(MilestoneView.of(listing, clock.instant())).build();
    }

    private CourtOrder readable(UUID id) {
        CourtOrder order = entityManager.find(CourtOrder.class, id);
        if (order == null) {
            throw ProblemException.notFound("order " + id);
        }
        try {
            access.readable(order.caseId);
        } catch (ProblemException notVisible) {
            throw ProblemException.notFound("order " + id);
        }
        return order;
    }

    private OrderView view(CourtOrder order) {
        return new OrderView(order.id, order.caseId, order.orderType, order.startDate, order.endDate, order.team,
                order.status.name().toLowerCase(), order.endedOn, List.copyOf(order.requirements), order.contractMonths,
                order.custodyMonths, order.licenceMonths,
                order.parentName == null ? null : new Sentences.Parent(order.parentName, order.parentRelationship),
                lifecycle.changesOf(order.id).stream().map(c -> new ChangeView(c.kind, c.changedOn, c.reason, c.note, c.outcomeId,
                        c.recordedAt, c.recordedBy)).toList());
    }
}
