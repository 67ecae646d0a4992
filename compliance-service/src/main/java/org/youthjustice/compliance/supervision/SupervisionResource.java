package org.youthjustice.compliance.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.tenancy.Roles;

/** A case as compliance sees it: who holds it, its orders, and its scaled approach. */
@Path("/cases/{caseId}")
@Tag(name = "supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {
    @Inject
    CaseAccess access;

    public record OrderView(UUID id, OrderType type, boolean outOfCourt, LocalDate startDate, LocalDate endDate, String team,
            String status, LocalDate endedOn) {
    }

    public record CaseView(UUID id, UUID caseManager, List<UUID> coWorkers, String team, ScaledApproach scaledApproach,
            List<OrderView> orders) {
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case as compliance knows it: who holds it, its orders and its scaled approach")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public CaseView get(@PathParam("caseId") UUID caseId) {
        SupervisedCase childCase = access.readable(caseId);
        List<OrderView> orders = access.orders(childCase).stream()
                .map(o -> new OrderView(o.id, o.orderType, o.outOfCourt, o.startDate, o.endDate, o.team,
                        o.status.name().toLowerCase().replace('_', '-'), o.endedOn))
                .toList();
        return new CaseView(childCase.id, childCase.caseManager, List.of(childCase.coWorkers), childCase.team,
                childCase.scaledApproach, orders);
    }
}
