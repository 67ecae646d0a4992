package org.youthjustice.victims.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;

/** The cases of the caller's authority that victim-service knows from order-service. */
@ApplicationScoped
public class VictimCases {
    @Inject
    EntityManager entityManager;

    /** The case, within the unit of work's authority; 404 for an unknown case or another authority's. */
    public VictimCase require(UUID caseId) {
        VictimCase found = caseId == null ? null : entityManager.find(VictimCase.class, caseId);
        if (found == null) {
            throw ProblemException.notFound("case " + caseId);
        }
        return found;
    }

    /** The case as announced (case.opened), or known first by an order or allocation event that ran ahead of it. */
    public VictimCase known(UUID caseId) {
        VictimCase found = entityManager.find(VictimCase.class, caseId);
        if (found == null) {
            found = new VictimCase();
            found.caseId = caseId;
            entityManager.persist(found);
        }
        return found;
    }

    /** Records that {@code orderId} of the case is in force from its sentence. */
    public void orderMade(VictimCase victimCase, UUID orderId, LocalDate sentencedOn) {
        if (victimCase.sentencedOn == null || sentencedOn != null && sentencedOn.isAfter(victimCase.sentencedOn)) {
            victimCase.sentencedOn = sentencedOn;
        }
        CaseOrder order = entityManager.find(CaseOrder.class, orderId);
        if (order == null) {
            order = new CaseOrder();
            order.orderId = orderId;
            order.caseId = victimCase.caseId;
            entityManager.persist(order);
        }
        order.inForce = true;
        order.endedOn = null;
        victimCase.closedOn = null;
    }

    /** Records that {@code orderId} ended; the case closes when no order of it is in force (VIC-10). */
    public boolean orderEnded(VictimCase victimCase, UUID orderId, LocalDate endedOn) {
        CaseOrder order = entityManager.find(CaseOrder.class, orderId);
        if (order != null) {
            order.inForce = false;
            order.endedOn = endedOn;
        }
        entityManager.flush();
        long inForce = entityManager.createQuery("select count(o) from CaseOrder o where o.caseId = :case and o.inForce", Long.class)
                .setParameter("case", victimCase.caseId).getSingleResult();
        if (inForce == 0) {
            victimCase.closedOn = endedOn;
            return true;
        }
        return false;
    }
}
