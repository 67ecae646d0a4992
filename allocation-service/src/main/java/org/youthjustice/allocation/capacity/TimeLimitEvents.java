package org.youthjustice.allocation.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.events.TimeLimitState;
import org.youthjustice.events.allocations.AllocationTimeLimit;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * allocation-service's time limits told to the partnership ({@code allocation-time-limit.changed}, read by
 * reporting-service's timeliness figures): an allocation request's (ALC-12; TRF-1 for a case transferred in,
 * requests), an internal transfer's receiving-team allocation and three-way meeting (ALC-10, internaltransfer), a
 * co-allocation's task agreement and reviews (ALC-6, coallocation). Those packages say when one opens, is met or
 * stops applying, and who holds it; this one sends it through the outbox, in their transaction. It lives here because
 * every one of them uses this package.
 *
 * <p>A time limit held by the case's case manager follows the case: when someone else holds it (an allocation, a
 * reallocation, an internal transfer's three-way meeting), requests asks coallocation, whose time limits those are, to
 * send its open ones again ({@code CoAllocations.holderChanged}).
 */
@ApplicationScoped
public class TimeLimitEvents {

    /** A time limit's facts as its owner keeps them: the due date and time it computed when it opened. */
    public record TimeLimit(UUID id, UUID caseId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
            Instant dueAt) {
    }

    /** Who holds a time limit: a team, and the worker in it (null while no worker does). */
    public record Holder(String team, UUID worker) {
        public static final Holder NOBODY = new Holder(null, null);
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Caseloads caseloads;

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenantContext;

    /** The case's case manager now, in their team; nobody while none holds the case. */
    public Holder caseHolder(UUID caseId) {
        return caseloads.current(caseId, HeldCase.Role.CASE_MANAGER)
                .map(held -> new Holder(entityManager.find(Worker.class, held.workerId).team, held.workerId))
                .orElse(Holder.NOBODY);
    }

    /** Open (or open again, with who holds it now). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(TimeLimit limit, Holder holder) {
        outbox.record(facts(limit).open(AllocationTimeLimit::new, holder.team(), holder.worker()), limit.caseId());
    }

    /** Met by casework done at {@code completedAt}: on time when at or before the due time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void met(TimeLimit limit, Holder holder, Instant completedAt) {
        outbox.record(facts(limit).met(AllocationTimeLimit::new, completedAt, holder.team(), holder.worker()), limit.caseId());
    }

    /** Closed at {@code closedAt} as no longer applying, for {@code reason}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notApplicable(TimeLimit limit, Holder holder, String reason, Instant closedAt) {
        notApplicable(limit, holder, reason, closedAt, tenantContext.requireAuthority());
    }

    /**
     * Closed in {@code authority}'s name: a case transferred out closes the home authority's time limits from the
     * receiving authority's unit of work (TRF-1), and the home authority held them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notApplicable(TimeLimit limit, Holder holder, String reason, Instant closedAt, String authority) {
        outbox.record(facts(limit).notApplicable(AllocationTimeLimit::new, reason, closedAt, holder.team(), holder.worker()),
                limit.caseId(), authority);
    }

    private static TimeLimitState.Facts facts(TimeLimit limit) {
        return new TimeLimitState.Facts(limit.id(), limit.rule(), limit.step(), limit.triggeredAt(), limit.dueDate(),
                limit.dueAt());
    }
}
