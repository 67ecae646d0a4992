package org.youthjustice.allocation.victims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** ALC-11: whether a direct victim of the case consented to contact, and has not withdrawn it. */
@ApplicationScoped
public class VictimConsents {
    @Inject
    EntityManager entityManager;

    public boolean directVictimConsented(UUID caseId, String authority) {
        return ((Number) entityManager.createNativeQuery("""
                        select count(*) from victim_consent where case_id = :case and authority = :authority
                        and consent_to_contact and direct_victim and not withdrawn""")
                .setParameter("case", caseId).setParameter("authority", authority).getSingleResult()).longValue() > 0;
    }
}
