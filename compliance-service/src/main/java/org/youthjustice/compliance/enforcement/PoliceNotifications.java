package org.youthjustice.compliance.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * CMP-8: the missed appointments of out-of-court disposals the police are told of, as they read them: the
 * case reference, never the child's name or address.
 */
@ApplicationScoped
public class PoliceNotifications {
    static final int AT_MOST = 200;

    @Inject
    EntityManager entityManager;

    public record Notification(UUID notificationId, UUID caseId, String caseReference, UUID orderId, UUID appointmentId,
            Instant missedAt, int unacceptableAbsences, Instant notifiedAt) {
    }

    /** Oldest first, those notified after {@code after} (null: from the start), at most 200. */
    @Transactional
    public List<Notification> after(Instant after) {
        return entityManager.createQuery("""
                        select s.id, s.caseId, c.reference, s.orderId, a.appointmentId, a.missedAt, s.unacceptableCount, s.createdAt
                        from EnforcementStep s, SupervisedCase c, Absence a
                        where s.step = :police and c.id = s.caseId and a.id = s.absenceId and s.createdAt > :after
                        order by s.createdAt""", Object[].class)
                .setParameter("police", EscalationPolicy.Step.POLICE_NOTIFICATION.wireName())
                .setParameter("after", after == null ? Instant.EPOCH : after).setMaxResults(AT_MOST).getResultStream()
                .map(r -> new Notification((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], (Instant) r[5],
                        (Integer) r[6], (Instant) r[7]))
                .toList();
    }
}
