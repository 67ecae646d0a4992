package org.youthjustice.victims.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.TenantContext;

/** The cases of the caller's authority that victim-service knows from order-service. */
@ApplicationScoped
public class VictimCases {
    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    /** The case, within the unit of work's authority; 404 for an unknown case or another authority's. */
    public VictimCase require(UUID caseId) {
        VictimCase found = caseId == null ? null : entityManager.find(VictimCase.class, caseId);
        if (found == null) {
            throw ProblemException.notFound("case " + caseId);
        }
        return found;
    }

    /**
     * case.opened: the case known here with its reference, in one statement where {@link #known} and an update took
     * two and Hibernate built a select for the first (P4); the first event of every case, so what a backlog of new
     * cases is made of. A case of another authority's here is a fault, as for {@link #known}: retried, then dead-lettered.
     */
    public void opened(UUID caseId, String localCaseReference) {
        int written = entityManager.createNativeQuery("""
                        insert into victim_case (case_id, authority, local_case_reference)
                        values (:case, :authority, cast(:reference as text))
                        on conflict (case_id) do update set local_case_reference = excluded.local_case_reference,
                            version = victim_case.version + 1
                        where victim_case.authority = excluded.authority""")
                .setParameter("case", caseId).setParameter("authority", tenantContext.requireAuthority())
                .setParameter("reference", localCaseReference).executeUpdate();
        if (written == 0) {
            throw new IllegalStateException("case " + caseId + " belongs to another authority than " + tenantContext.requireAuthority());
        }
    }

    /** The case known here, made known now by an order or allocation event that ran ahead of its case.opened if need be. */
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
