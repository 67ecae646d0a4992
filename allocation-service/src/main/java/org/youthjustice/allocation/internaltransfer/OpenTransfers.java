package org.youthjustice.allocation.internaltransfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.UUID;
import org.youthjustice.allocation.requests.CaseReassessed;
import org.youthjustice.allocation.requests.TransfersUnderWay;

/**
 * The transfers under way, as the allocation requests below see them (ALC-10): whether a case has one, so
 * that it is not reallocated meanwhile ({@link TransfersUnderWay}); and, on each reassessment of a case
 * ({@link CaseReassessed}), the MAPPA level of its transfers not yet allocated, which decides whether the
 * MAPPA meeting endorses them too.
 */
@ApplicationScoped
public class OpenTransfers implements TransfersUnderWay {
    @Inject
    EntityManager entityManager;

    @Override
    public boolean underWay(UUID caseId) {
        return InternalTransfer.underWay(entityManager, caseId);
    }

    /** ALC-10: a transfer not yet allocated waits for MAPPA's endorsement if the child is now at level 2 or 3. */
    void reassessed(@Observes CaseReassessed reassessed) {
        entityManager.createQuery("update InternalTransfer set mappaLevel = :level where caseId = :case and status in :agreeing")
                .setParameter("level", reassessed.mappaLevel()).setParameter("case", reassessed.caseId())
                .setParameter("agreeing", EnumSet.of(InternalTransfer.Status.PROPOSED, InternalTransfer.Status.ESCALATED,
                        InternalTransfer.Status.ENDORSED)).executeUpdate();
    }
}
