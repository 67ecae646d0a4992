package org.youthjustice.allocation.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.youthjustice.events.orders.RiskLevel;

/** Who holds which case, as case manager or co-worker: what caseloads (ALC-1) are made of. */
@ApplicationScoped
public class Caseloads {
    @Inject
    EntityManager entityManager;

    /** The case's current holding in this role by anyone (the case manager), if any. */
    public Optional<HeldCase> current(UUID caseId, HeldCase.Role role) {
        return entityManager.createQuery("from HeldCase where caseId = :case and role = :role and heldUntil is null", HeldCase.class)
                .setParameter("case", caseId).setParameter("role", role).getResultStream().findFirst();
    }

    /** The worker now holds the case in this role, weighed by its kind and risk. */
    public HeldCase hold(UUID workerId, UUID caseId, HeldCase.Role role, String kind, RiskLevel rosh, RiskLevel saw, Instant since) {
        HeldCase held = new HeldCase();
        held.id = UUID.randomUUID();
        held.workerId = workerId;
        held.caseId = caseId;
        held.role = role;
        held.kind = kind;
        held.rosh = rosh;
        held.saw = saw;
        held.heldSince = since;
        entityManager.persist(held);
        return held;
    }

    /** The worker no longer holds the case in this role. */
    public void release(UUID workerId, UUID caseId, HeldCase.Role role, Instant at) {
        entityManager.createQuery("from HeldCase where caseId = :case and workerId = :worker and role = :role and heldUntil is null",
                        HeldCase.class)
                .setParameter("case", caseId).setParameter("worker", workerId).setParameter("role", role)
                .getResultStream().forEach(h -> h.heldUntil = at);
    }

    /** Everyone who has held the case, now or before: they know the child (ALC-9). */
    public Set<UUID> everHeldBy(UUID caseId) {
        return entityManager.createQuery("select distinct h.workerId from HeldCase h where h.caseId = :case", UUID.class)
                .setParameter("case", caseId).getResultStream().collect(Collectors.toSet());
    }
}
