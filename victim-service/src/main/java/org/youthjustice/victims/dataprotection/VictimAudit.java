package org.youthjustice.victims.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditEntry;
import org.youthjustice.kernel.audit.AuditRecord;
import org.youthjustice.victims.personaldata.PersonalDataAccess;

/** The audit trail of victims' records (VIC-4, X-4): every opening with its reason, and every change. */
@ApplicationScoped
public class VictimAudit {
    @Inject
    EntityManager entityManager;

    /** Newest first, within the authority; one victim's when {@code victimRef} is given. */
    public List<AuditRecord> entries(UUID victimRef, boolean readsOnly, int offset, int limit) {
        String filter = (victimRef == null ? "" : " and recordId = :victim") + (readsOnly ? " and action like '%-read'" : "");
        var query = entityManager.createQuery("from AuditEntry where recordType = :type" + filter + " order by position desc",
                AuditEntry.class).setParameter("type", PersonalDataAccess.RECORD_TYPE);
        if (victimRef != null) {
            query.setParameter("victim", victimRef.toString());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream().map(AuditEntry::toRecord).toList();
    }
}
