package org.youthjustice.compliance.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;

/**
 * CMP-8: the missed appointments of out-of-court disposals the police are told of, as they read them: the
 * case reference, never the child's name or address.
 */
@ApplicationScoped
public class PoliceNotifications {
    private static final String NOTIFIED = """
            from EnforcementStep s, SupervisedCase c, Absence a
            where s.step = :police and c.id = s.caseId and a.id = s.absenceId and s.createdAt > :after""";

    @Inject
    EntityManager entityManager;

    public record Notification(UUID notificationId, UUID caseId, String caseReference, UUID orderId, UUID appointmentId,
            Instant missedAt, int unacceptableAbsences, Instant notifiedAt) {
    }

    /**
     * Oldest first (then by id, so that pages never overlap), those notified after {@code after} (null: from the start):
     * the page asked for, and how many there are in all. Hibernate's tenant filter keeps them to the caller's authority.
     */
    @Transactional
    public Page<Notification> after(Instant after, PageRequest request) {
        Instant since = after == null ? Instant.EPOCH : after;
        String police = EscalationPolicy.Step.POLICE_NOTIFICATION.wireName();
        long total = entityManager.createQuery("select count(s) " + NOTIFIED, Long.class)
                .setParameter("police", police).setParameter("after", since).getSingleResult();
        List<Notification> page = entityManager.createQuery("""
                        select s.id, s.caseId, c.reference, s.orderId, a.appointmentId, a.missedAt, s.unacceptableCount, s.createdAt
                        """ + NOTIFIED + " order by s.createdAt, s.id", Object[].class)
                .setParameter("police", police).setParameter("after", since)
                .setFirstResult(request.offset()).setMaxResults(request.limit()).getResultStream()
                .map(r -> new Notification((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], (Instant) r[5],
                        (Integer) r[6], (Instant) r[7]))
                .toList();
        return new Page<>(page, total, request);
    }
}
