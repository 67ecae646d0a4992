package org.youthjustice.allocation.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.allocations.AllocationKind;
import org.youthjustice.events.allocations.AllocationRequested;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Every new allocation request, whatever raised it (order-service's events, a transfer in from another
 * authority): due by a time limit of the acting authority's policy from its trigger, with the policy version
 * that gave it, and announced as {@code allocation.requested} in the same transaction.
 */
@ApplicationScoped
public class NewRequests {
    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenantContext;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    Clock clock;

    /** An open request for the case, due by {@code timeLimit} of the authority's policy from {@code trigger}; not yet saved. */
    public AllocationRequest of(UUID caseId, AllocationKind kind, String caseKind, String team, String timeLimit, Instant trigger) {
        Deadline due = deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), timeLimit, trigger);
        AllocationRequest request = new AllocationRequest();
        request.id = UUID.randomUUID();
        request.caseId = caseId;
        request.kind = kind;
        request.caseKind = caseKind;
        request.team = team;
        request.dueDate = due.dueDate();
        request.dueAt = due.dueAt();
        request.policyVersion = due.policyVersion();
        request.status = AllocationRequest.Status.OPEN;
        request.requestedAt = clock.instant();
        return request;
    }

    /** Saves the request and announces it. */
    public void open(AllocationRequest request) {
        entityManager.persist(request);
        outbox.record(new AllocationRequested(request.id, request.kind, request.team, request.dueAt), request.caseId);
    }
}
