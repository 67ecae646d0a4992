package org.youthjustice.reporting.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The dated facts of cases, one per event (its id), or one per thing an event counts anew (a month's contacts, its id
 * named by the order and month): a later count replaces the earlier; a redelivered event writes the same again.
 */
@ApplicationScoped
public class CaseFacts {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CaseFactRules.Fact fact) {
        entityManager.createNativeQuery("""
                insert into case_fact (id, authority, case_id, standard, kind, rule, occurred_at, summary)
                values (:id, :authority, :caseId, :standard, :kind, :rule, :at, :summary)
                on conflict (id) do update set occurred_at = excluded.occurred_at, summary = excluded.summary""")
                .unwrap(NativeQuery.class)
                .setParameter("id", fact.id(), StandardBasicTypes.UUID)
                .setParameter("authority", fact.authority(), StandardBasicTypes.STRING)
                .setParameter("caseId", fact.caseId(), StandardBasicTypes.UUID)
                .setParameter("standard", fact.standard().wireName, StandardBasicTypes.STRING)
                .setParameter("kind", fact.kind(), StandardBasicTypes.STRING)
                .setParameter("rule", fact.rule(), StandardBasicTypes.STRING)
                .setParameter("at", fact.occurredAt(), StandardBasicTypes.INSTANT)
                .setParameter("summary", fact.summary(), StandardBasicTypes.STRING)
                .executeUpdate();
    }
}
