package org.youthjustice.compliance.contact;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.compliance.supervision.CaseAccess;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** Contact against the minimum for the case's scaled approach (CMP-9), and the month ahead scheduled (MIL-12). */
@Path("/cases/{caseId}/orders/{orderId}/contact-frequency")
@Tag(name = "appointments", description = "Appointments under an order and their attendance (CMP-1, CMP-4)")
@Produces(MediaType.APPLICATION_JSON)
public class ContactFrequencyResource {
    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @Inject
    ContactFrequencies frequencies;

    public record FrequencyView(UUID caseId, UUID orderId, ContactFrequencies.Minimum minimum,
            List<ContactFrequency.MonthCheck> months) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "An order's contact month by month against its minimum (CMP-9, MIL-12)", description = """
            For each month the order is in force from `from` to `to` (`YYYY-MM`; by default from its first month to \
            the next month, at most 24): the minimum for the case's scaled-approach level (its share in a month \
            the order covers in part), the appointments planned, attended and missed, `shortfall` when fewer are \
            planned than the minimum (CMP-9), and whether that many were scheduled by the end of the month's first \
            working day (`monthAhead`: met, missed, due, not-applicable; MIL-12).""")
    @APIResponse(responseCode = "200", description = "The months")
    @APIResponse(responseCode = "400", description = "Invalid months, each listed, or no such order on this case")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one you may see")
    public FrequencyView ofOrder(@PathParam("caseId") UUID caseId, @PathParam("orderId") UUID orderId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        SupervisedCase childCase = access.readable(caseId);
        SupervisedOrder order = access.order(childCase, orderId);
        List<Violation> violations = new ArrayList<>();
        YearMonth first = parse(from, "from", violations, YearMonth::parse, "a month, YYYY-MM");
        YearMonth last = parse(to, "to", violations, YearMonth::parse, "a month, YYYY-MM");
        first = first == null ? YearMonth.from(order.startDate) : first;
        last = last == null ? YearMonth.from(Moments.ukToday(clock)).plusMonths(1) : last;
        if (violations.isEmpty() && (last.isBefore(first) || first.plusMonths(23).isBefore(last))) {
            violations.add(Violation.ofField("to", "from 0 to 23 months after from"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new FrequencyView(caseId, orderId, frequencies.minimumFor(childCase), frequencies.months(childCase, order, first, last));
    }
}
