package org.youthjustice.allocation.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.youthjustice.allocation.capacity.TimeLimitEvents;
import org.youthjustice.allocation.capacity.TimeLimitEvents.Holder;
import org.youthjustice.allocation.capacity.TimeLimitEvents.TimeLimit;
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
 * that gave it, and announced as {@code allocation.requested} in the same transaction. Its time limit is told
 * to the partnership ({@link TimeLimitEvents}) when it opens, when the request is allocated, and when it closes.
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
    TimeLimitEvents timeLimits;

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
        request.triggeredAt = trigger;
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
        timeLimitOf(request).ifPresent(limit -> timeLimits.open(limit, holderOf(request)));
    }

    /** The request allocated at {@code at}: its time limit is met then. */
    public void allocated(AllocationRequest request, Instant at) {
        timeLimitOf(request).ifPresent(limit -> timeLimits.met(limit, holderOf(request), at));
    }

    /**
     * The request's time limit: ALC-12's allocation of an order, a PSR or an intervention referral (the weekly
     * allocation meeting's {@code ALC-request}), or TRF-1's of a case transferred in. None for Crown Court tracking:
     * order-service's MIL-14 {@code crown-court-allocation} milestone is that same time limit, and reporting would
     * count it twice.
     */
    static Optional<TimeLimit> timeLimitOf(AllocationRequest request) {
        if (request.transferId != null) {
            return Optional.of(timeLimit(request, "TRF-1", "receiving-authority-allocation"));
        }
        return switch (request.kind) {
            case CROWN_COURT_TRACKING -> Optional.empty();
            case ORDER -> Optional.of(timeLimit(request, "ALC-12", "order-allocation"));
            case PSR -> Optional.of(timeLimit(request, "ALC-12", "psr-allocation"));
            case INTERVENTION_REFERRAL -> Optional.of(timeLimit(request, "ALC-12", "intervention-referral-allocation"));
        };
    }

    private static TimeLimit timeLimit(AllocationRequest request, String rule, String step) {
        return new TimeLimit(request.id, request.caseId, rule, step, request.triggeredAt, request.dueDate, request.dueAt);
    }

    /** The request's team holds it, no worker in it: allocating one is what it waits for. */
    private static Holder holderOf(AllocationRequest request) {
        return new Holder(request.team, null);
    }

    /**
     * The case left {@code home} for another authority (TRF-1): its open requests there stop applying, told in the
     * home authority's name. Read natively, as the unit of work acts for the receiving authority and its tenancy
     * filter hides the home's records; called before the transfer closes them.
     */
    public void transferredOut(UUID caseId, String home, String reason, Instant at) {
        entityManager.createNativeQuery("""
                        select id, kind, team, transfer_id, triggered_at, due_date, due_at from allocation_request
                        where case_id = :case and authority = :home and status = :open""").unwrap(NativeQuery.class)
                .setParameter("case", caseId).setParameter("home", home)
                .setParameter("open", AllocationRequest.Status.OPEN.name())
                .addScalar("id", StandardBasicTypes.UUID).addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("team", StandardBasicTypes.STRING).addScalar("transfer_id", StandardBasicTypes.UUID)
                .addScalar("triggered_at", StandardBasicTypes.INSTANT).addScalar("due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("due_at", StandardBasicTypes.INSTANT).getResultList().forEach(row -> {
                    Object[] r = (Object[]) row;
                    // the home's row as it stands, to name its time limit; never persisted from here
                    AllocationRequest open = new AllocationRequest();
                    open.id = (UUID) r[0];
                    open.caseId = caseId;
                    open.kind = AllocationKind.valueOf((String) r[1]);
                    open.team = (String) r[2];
                    open.transferId = (UUID) r[3];
                    open.triggeredAt = (Instant) r[4];
                    open.dueDate = (LocalDate) r[5];
                    open.dueAt = (Instant) r[6];
                    timeLimitOf(open).ifPresent(limit -> timeLimits.notApplicable(limit, holderOf(open), reason, at, home));
                });
    }
}
