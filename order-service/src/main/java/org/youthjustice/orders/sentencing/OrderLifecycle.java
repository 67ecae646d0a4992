package org.youthjustice.orders.sentencing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderCompleted;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.cases.CaseAccess;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

/**
 * An order's life after it is made (ORD-1): varied by the court (its requirements re-validated against
 * ORD-3 to ORD-13 at the original finding of guilt, all violations at once: ORD-14), a breach found,
 * revoked (early revocation included), or completed. Each is a change with its date, reason and who
 * recorded it; a hearing about the order meets its open court listing; an order that ends closes its
 * open milestones.
 */
@ApplicationScoped
public class OrderLifecycle {
    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    CaseAccess access;

    @Inject
    SentencingHearings sentencingHearings;

    @Inject
    Event<OrderHeard> heard;

    @Inject
    Event<OrderEnded> ended;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * What a variation, revocation or breach hearing decided about an order: a reason code (carried by
     * events), the practitioner's note (kept here only), and for a variation the requirements now in force
     * and a new end date, each only when they changed.
     */
    public record OrderChangeEntry(
            @NotNull UUID orderId,
            @NotBlank @Pattern(regexp = "[a-z][a-z-]{1,62}", message = "must be a reason code such as early-revocation") String reason,
            @Size(max = 4000) String note,
            List<@NotNull RequirementTerms> requirements,
            LocalDate endDate) {
    }

    public record CompletionEntry(@NotNull LocalDate completedOn,
            @Pattern(regexp = "[a-z][a-z-]{1,62}", message = "must be a reason code such as expired") String reason,
            @Size(max = 4000) String note) {
    }

    /** Every rule a hearing's change to an order breaks ({@link OrderChangeRule}); none means it may be applied. */
    public List<Violation> check(CourtOutcome outcome, OrderChangeEntry change, Optional<ChildCase> childCase) {
        CourtOrder order = entityManager.find(CourtOrder.class, change.orderId());
        return OrderChangeRule.check(outcome, change, order, childCase, () -> sentencingOf(order, childCase.get()));
    }

    /** Applies a checked change from the hearing {@code outcomeId} on {@code hearingDate}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CourtOrder apply(CourtOutcome outcome, OrderChangeEntry change, UUID outcomeId, LocalDate hearingDate) {
        CourtOrder order = entityManager.find(CourtOrder.class, change.orderId());
        // the hearing a listing was for has happened (met before a revocation closes what is left open)
        heard.fire(new OrderHeard(order.caseId, order.id, outcomeId, hearingDate, kindOf(outcome), caller.username()));
        switch (outcome) {
            case VARIED -> {
                if (change.requirements() != null) {
                    order.requirements.clear();
                    change.requirements().stream().map(Sentences::requirementOf).forEach(order.requirements::add);
                }
                if (change.endDate() != null) {
                    order.endDate = change.endDate();
                }
                order.status = CourtOrder.Status.VARIED;
                outbox.record(new OrderVaried(order.id, hearingDate, change.reason(),
                        order.requirements.stream().map(Sentences::asEvent).toList(), order.endDate), order.caseId);
            }
            case REVOKED -> {
                end(order, CourtOrder.Status.REVOKED, hearingDate, "order revoked on " + hearingDate);
                outbox.record(new OrderRevoked(order.id, hearingDate, change.reason()), order.caseId);
            }
            case BREACH_FOUND -> {
                // announced by court-outcome.recorded, which names the order
            }
            default -> throw new IllegalArgumentException(outcome + " does not change an order");
        }
        recordChange(order, outcomeId, kindOf(outcome), hearingDate, change.reason(), change.note());
        return order;
    }

    /** An order completed (normally at its end date), recorded by the service. */
    @Transactional
    public CourtOrder complete(UUID orderId, CompletionEntry completion) {
        CourtOrder order = entityManager.find(CourtOrder.class, orderId);
        if (order == null) {
            throw ProblemException.notFound("order " + orderId);
        }
        if (!order.inForce()) {
            throw ProblemException.conflict("order " + orderId + " has already ended (" + order.status.name().toLowerCase() + ")");
        }
        if (completion.completedOn().isBefore(order.startDate) || completion.completedOn().isAfter(Moments.ukToday(clock))) {
            throw ProblemException.invalid(List.of(Violation.ofField("completedOn", "must be between the order's start and today")));
        }
        String reason = completion.reason() == null ? "expired" : completion.reason();
        end(order, CourtOrder.Status.COMPLETED, completion.completedOn(), "order completed on " + completion.completedOn());
        recordChange(order, null, "completed", completion.completedOn(), reason, completion.note());
        outbox.record(new OrderCompleted(order.id, completion.completedOn(), reason), order.caseId);
        audit.record("order.completed", "case", order.caseId, reason);
        return order;
    }

    /** An order on a case the caller may read; another authority's, or one not theirs to see, is not found (404). */
    public CourtOrder readable(UUID id) {
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

    public List<OrderChange> changesOf(UUID orderId) {
        return entityManager.createQuery("from OrderChange where orderId = :id order by changedOn, recordedAt", OrderChange.class)
                .setParameter("id", orderId).getResultList();
    }

    private void end(CourtOrder order, CourtOrder.Status status, LocalDate on, String why) {
        order.status = status;
        order.endedOn = on;
        ended.fire(new OrderEnded(order.id, status == CourtOrder.Status.COMPLETED, why, caller.username()));
    }

    /** A change in the order's life, with its date, reason and who recorded it; {@code outcomeId} the hearing, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChange(CourtOrder order, UUID outcomeId, String kind, LocalDate on, String reason, String note) {
        OrderChange change = new OrderChange();
        change.id = UUID.randomUUID();
        change.orderId = order.id;
        change.outcomeId = outcomeId;
        change.kind = kind;
        change.changedOn = on;
        change.reason = reason;
        change.note = note;
        change.recordedAt = clock.instant();
        change.recordedBy = caller.username();
        entityManager.persist(change);
    }

    private static String kindOf(CourtOutcome outcome) {
        return switch (outcome) {
            case VARIED -> "varied";
            case REVOKED -> "revoked";
            case BREACH_FOUND -> "breach-found";
            default -> outcome.name().toLowerCase();
        };
    }

    /** The sentencing the order was made at: the child's age is taken at the original finding of guilt. */
    private Sentencing sentencingOf(CourtOrder order, ChildCase childCase) {
        SentencingHearings.Sentenced sentence = sentencingHearings.of(order.outcomeId);
        return new Sentencing(childCase.dateOfBirth, sentence.on(), sentence.imprisonableOffence(), order.custodyThresholdPassed,
                order.persistentOffender);
    }
}
