package org.youthjustice.compliance.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/**
 * Who may read or act on a case's compliance (ROLES.md), within the caller's authority. A case the
 * caller may not see, or one compliance has not heard of, is 404. A case the caller's authority transferred
 * out (TRF-1) is no longer its own: reading its records is 404 like any other authority's, the case itself
 * reads as the authority's read-only marker ({@link #transferredOut}), and a change asked for is 409.
 */
@ApplicationScoped
public class CaseAccess {
    /** "schedule appointments, record attendance, judge absences": every case for these, own cases for a case worker. */
    static final String[] WORK_EVERY_CASE = { Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER };

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    SupervisedCases cases;

    public SupervisedCase readable(UUID caseId) {
        SupervisedCase childCase = entityManager.find(SupervisedCase.class, caseId);
        if (childCase == null || !childCase.holding().mayRead(caller)) {
            throw ProblemException.notFound("case " + caseId);
        }
        return childCase;
    }

    /**
     * A case the caller may read, for a change that the endpoint's roles allow (a manager's: the compliance
     * meeting, the breach approval). One their authority transferred out is 409, saying where it went.
     */
    public SupervisedCase changeable(UUID caseId) {
        transferredOut(caseId).ifPresent(marker -> {
            throw ProblemException.conflict(marker.refusal());
        });
        return readable(caseId);
    }

    /**
     * A case the caller may act on; {@code alsoEveryCase} adds roles for this action (business support
     * schedules appointments). One they may only read is 403; one their authority transferred out is 409.
     */
    public SupervisedCase workable(UUID caseId, String... alsoEveryCase) {
        SupervisedCase childCase = changeable(caseId);
        if (!childCase.holding().mayWork(caller, WORK_EVERY_CASE) && !caller.hasAnyRole(alsoEveryCase)) {
            throw ProblemException.forbidden("you act only on cases you hold as case manager or co-worker");
        }
        return childCase;
    }

    /** The case's order, in force on {@code date}; otherwise every problem is listed. */
    public SupervisedOrder order(SupervisedCase childCase, UUID orderId) {
        SupervisedOrder order = orderId == null ? null : entityManager.find(SupervisedOrder.class, orderId);
        if (order == null || !order.caseId.equals(childCase.id)) {
            throw ProblemException.invalid(List.of(Violation.ofField("orderId", "no order " + orderId + " on this case")));
        }
        return order;
    }

    /**
     * TRF-1: the caller's authority's marker of the case it transferred out, the latest, when the caller may
     * read it (they could read the case when it left); none while the case is the authority's (again). Never
     * the receiving authority's records.
     */
    public Optional<TransferredOutCase> transferredOut(UUID caseId) {
        return cases.transferredOut(caseId).filter(marker -> marker.holding().mayRead(caller));
    }

    /** TRF-8: the host authorities that caretook or caretake the child, the earliest first. */
    public List<Caretaking> caretaking(SupervisedCase childCase) {
        return entityManager.createQuery("from Caretaking where caseId = :id order by startDate, recordedAt", Caretaking.class)
                .setParameter("id", childCase.id).getResultList();
    }

    /** The case's orders, the earliest first: a case the caller may read ({@link #readable}). */
    public List<SupervisedOrder> orders(SupervisedCase childCase) {
        return entityManager.createQuery("from SupervisedOrder where caseId = :id order by startDate", SupervisedOrder.class)
                .setParameter("id", childCase.id).getResultList();
    }
}
