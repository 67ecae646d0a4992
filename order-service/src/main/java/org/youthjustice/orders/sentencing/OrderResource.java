package org.youthjustice.orders.sentencing;

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
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.cases.CaseAccess;

/**
 * An order and its life. Variations, revocations and breach findings are court outcomes (submitted to
 * {@code /court-outcomes} with {@code orderChange}); completion is recorded here.
 */
@Path("/orders")
@Tag(name = "orders", description = "A case's orders and their requirements, with statutory validation (ORD-*)")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    @Inject
    CaseAccess access;

    @Inject
    OrderLifecycle lifecycle;

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
        return view(lifecycle.readable(id));
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
        access.workable(lifecycle.readable(id).caseId);
        CourtOrder order = lifecycle.complete(id, completion);
        return view(order);
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
