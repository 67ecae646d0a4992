package org.youthjustice.victims.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditEntry;
import org.youthjustice.kernel.audit.AuditRecord;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.victims.personaldata.PersonalDataAccess;

/** The audit trail of victims' records (VIC-4, X-4): every opening with its reason, and every change. */
@ApplicationScoped
public class VictimAudit {
    @Inject
    EntityManager entityManager;

    /** Newest first, within the authority; one victim's when {@code victimRef} is given. */
    public List<AuditRecord> entries(UUID victimRef, boolean readsOnly, int offset, int limit) {
        var query = entityManager.createQuery("from AuditEntry " + where(victimRef, readsOnly) + " order by position desc",
                AuditEntry.class);
        bind(query, victimRef);
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream().map(AuditEntry::toRecord).toList();
    }

    /** One page of the trail, newest first (the position is unique: pages neither repeat nor skip), with its total. */
    public Page<AuditRecord> page(UUID victimRef, boolean readsOnly, PageRequest page) {
        var count = entityManager.createQuery("select count(*) from AuditEntry " + where(victimRef, readsOnly), Long.class);
        bind(count, victimRef);
        return new Page<>(entries(victimRef, readsOnly, page.offset(), page.limit()), count.getSingleResult(), page);
    }

    private static String where(UUID victimRef, boolean readsOnly) {
        return "where recordType = :type" + (victimRef == null ? "" : " and recordId = :victim")
                + (readsOnly ? " and action like '%-read'" : "");
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, UUID victimRef) {
        query.setParameter("type", PersonalDataAccess.RECORD_TYPE);
        if (victimRef != null) {
            query.setParameter("victim", victimRef.toString());
        }
    }
}
