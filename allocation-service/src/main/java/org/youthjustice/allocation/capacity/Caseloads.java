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

    /**
     * Every worker on the case now with their role, the case manager first: what the events that name "the
     * workers now on the case" carry (case.reallocated, case.co-allocated), so that no consumer loses one.
     */
    public java.util.List<org.youthjustice.events.allocations.AllocatedWorker> workersOn(UUID caseId) {
        return entityManager.createQuery("select h.workerId, h.role, w.grade from HeldCase h, Worker w where w.id = h.workerId "
                        + "and h.caseId = :case and h.heldUntil is null order by h.heldSince", Object[].class)
                .setParameter("case", caseId).getResultStream()
                .sorted(java.util.Comparator.comparing(row -> (HeldCase.Role) row[1]))
                .map(row -> new org.youthjustice.events.allocations.AllocatedWorker((UUID) row[0], switch ((HeldCase.Role) row[1]) {
                    case CASE_MANAGER -> "case-manager";
                    case RJ_WORKER -> "rj-worker";
                    case CO_WORKER -> row[2] == org.youthjustice.allocation.workforce.Grade.STUDENT ? "student" : "co-worker";
                })).toList();
    }

    /** Everyone who has held the case, now or before: they know the child (ALC-9). */
    public Set<UUID> everHeldBy(UUID caseId) {
        return entityManager.createQuery("select distinct h.workerId from HeldCase h where h.caseId = :case", UUID.class)
                .setParameter("case", caseId).getResultStream().collect(Collectors.toSet());
    }
}
