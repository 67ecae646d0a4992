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

/**
 * A case as compliance sees it: who holds it, its orders, its scaled approach and any caretaking (TRF-8). A
 * case the caller's authority transferred out (TRF-1) reads as its read-only marker, never as the receiving
 * authority's case.
 */
@Path("/cases/{caseId}")
@Tag(name = "supervision", description = "What compliance-service holds on a case under supervision")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {
    /** The authority supervises the case. */
    static final String SUPERVISED = "supervised";
    /** TRF-1: the authority transferred the case out; only its marker is left here. */
    static final String TRANSFERRED_OUT = "transferred-out";

    @Inject
    CaseAccess access;

    public record OrderView(UUID id, OrderType type, boolean outOfCourt, LocalDate startDate, LocalDate endDate, String team,
            String status, LocalDate endedOn) {
    }

    /** TRF-8, TRF-14: a host caretaking the child; the home keeps the enforcement decisions meanwhile. */
    public record CaretakingView(UUID transferId, String hostAuthority, LocalDate startDate, LocalDate reviewDate,
            LocalDate endDate, String outcome, boolean current, String homeKeeps) {
        static CaretakingView of(Caretaking c) {
            return new CaretakingView(c.transferId, c.hostAuthority, c.startDate, c.reviewDate, c.endDate, c.outcome,
                    c.endDate == null, Caretaking.HOME_KEEPS);
        }
    }

    /** TRF-1: where and when the case went; read-only. */
    public record TransferredOutView(UUID transferId, LocalDate date, String receivingAuthority, boolean readOnly) {
    }

    /**
     * {@code status} {@code supervised}, or {@code transferred-out}: then only {@code transferredOut} is
     * filled, the lists are empty, and the case's records are the receiving authority's.
     */
    public record CaseView(UUID id, String status, UUID caseManager, List<UUID> coWorkers, String team,
            ScaledApproach scaledApproach, List<OrderView> orders, List<CaretakingView> caretaking,
            TransferredOutView transferredOut) {
    }

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The case as compliance knows it: who holds it, its orders, its scaled approach and any caretaking",
            description = """
                    `caretaking` lists the host authorities that caretake or caretook the child (TRF-8); the home \
                    authority keeps the enforcement decisions meanwhile (TRF-14, `homeKeeps`). A case your authority \
                    transferred out (TRF-1) answers `status` `transferred-out` with the date and the receiving \
                    authority, read-only: its orders and records are the receiving authority's now, and a change you \
                    ask for on it is 409.""")
    @APIResponse(responseCode = "200", description = "The case, or your authority's read-only marker of a case it transferred out")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public CaseView get(@PathParam("caseId") UUID caseId) {
        var marker = access.transferredOut(caseId);
        if (marker.isPresent()) {
            TransferredOutCase out = marker.get();
            return new CaseView(caseId, TRANSFERRED_OUT, null, List.of(), null, null, List.of(), List.of(),
                    new TransferredOutView(out.transferId, out.transferredOn, out.receivingAuthority, true));
        }
        SupervisedCase childCase = access.readable(caseId);
        List<OrderView> orders = access.orders(childCase).stream()
                .map(o -> new OrderView(o.id, o.orderType, o.outOfCourt, o.startDate, o.endDate, o.team,
                        o.status.name().toLowerCase().replace('_', '-'), o.endedOn))
                .toList();
        return new CaseView(childCase.id, SUPERVISED, childCase.caseManager, List.of(childCase.coWorkers), childCase.team,
                childCase.scaledApproach, orders, access.caretaking(childCase).stream().map(CaretakingView::of).toList(), null);
    }
}
