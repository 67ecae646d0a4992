package org.youthjustice.victims.victims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.victims.VictimRiskFlagged;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.victims.personaldata.PersonalDataAccess;

/**
 * VIC-5: a risk to a specific victim goes to order-service as {@code victim-risk.flagged} with the case and the flag
 * code only, where the case manager sees it on the case; the same flag for the same victim twice is one.
 */
@ApplicationScoped
public class RiskFlags {
    @Inject
    EntityManager entityManager;

    @Inject
    Victims victims;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataAccess access;

    @Inject
    Clock clock;

    @Transactional
    public VictimRisk flag(UUID victimId, RiskFlag flag) {
        Victim victim = victims.requireActive(victimId);
        VictimRisk existing = entityManager.createQuery("from VictimRisk where victimId = :victim and flag = :flag", VictimRisk.class)
                .setParameter("victim", victim.id).setParameter("flag", flag.code()).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        VictimRisk risk = new VictimRisk();
        risk.id = UUID.randomUUID();
        risk.victimId = victim.id;
        risk.caseId = victim.caseId;
        risk.flag = flag.code();
        risk.flaggedAt = clock.instant();
        risk.flaggedBy = access.who();
        entityManager.persist(risk);
        outbox.record(new VictimRiskFlagged(victim.caseId, flag.code()), victim.caseId);
        audit.record("victim.risk-flagged", PersonalDataAccess.RECORD_TYPE, victim.id, flag.code() + " (VIC-5)");
        return risk;
    }

    public List<VictimRisk> of(UUID victimId) {
        return entityManager.createQuery("from VictimRisk where victimId = :victim order by flaggedAt", VictimRisk.class)
                .setParameter("victim", victimId).getResultList();
    }
}
