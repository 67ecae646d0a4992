package org.youthjustice.orders.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.problem.Violation;

/** What every piece of casework must satisfy before it is stored: its order is the case's, and it has happened. */
@ApplicationScoped
public class Casework {
    @Inject
    EntityManager entityManager;

    /**
     * Refuses with 400, every problem listed, casework naming an order that is not this case's, dated in
     * the future, or breaking the caller's own checks ({@code own}).
     */
    public void check(ChildCase childCase, UUID orderId, Instant happenedAt, Instant now, List<Violation> own) {
        List<Violation> violations = new ArrayList<>(own);
        if (orderId != null) {
            CourtOrder order = entityManager.find(CourtOrder.class, orderId);
            if (order == null || !order.caseId.equals(childCase.id)) {
                violations.add(Violation.ofField("orderId", "no order " + orderId + " on this case"));
            }
        }
        if (Moments.inTheFuture(happenedAt, now)) {
            violations.add(Violation.ofField("date", "casework is recorded once it has happened, not before"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
