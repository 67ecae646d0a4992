package org.youthjustice.kernel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.MDC;
import org.youthjustice.kernel.problem.ProblemResponses;
import org.youthjustice.kernel.tenancy.Caller;

/**
 * The append-only audit trail: who did what to which record, when, and why where a rationale
 * is given. Written in the transaction of the change it describes, so a change is never without its
 * entry and an entry never without its change.
 */
@ApplicationScoped
public class AuditTrail {
    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId) {
        record(action, recordType, recordId, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String recordType, Object recordId, String rationale) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.subject = caller.isAuthenticated() ? caller.subject() : "system";
        entry.username = caller.isAuthenticated() ? caller.username() : "system";
        entry.roles = String.join(",", caller.roles());
        entry.action = action;
        entry.recordType = recordType;
        entry.recordId = String.valueOf(recordId);
        entry.rationale = rationale;
        Object correlationId = MDC.get(ProblemResponses.CORRELATION_ID_MDC);
        entry.correlationId = correlationId == null ? null : correlationId.toString();
        entityManager.persist(entry);
    }

    /** The trail of one record, oldest first, within the caller's authority. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> of(String recordType, Object recordId) {
        return entityManager.createQuery(
                "from AuditEntry where recordType = :type and recordId = :id order by position", AuditEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", String.valueOf(recordId))
                .getResultList().stream().map(AuditEntry::toRecord).toList();
    }
}
