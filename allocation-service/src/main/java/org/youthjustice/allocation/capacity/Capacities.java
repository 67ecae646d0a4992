package org.youthjustice.allocation.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.kernel.tenancy.TenantContext;

/** Workers' and teams' capacity (ALC-1) from the cases they hold, by their authority's weighing. */
@ApplicationScoped
public class Capacities {
    @Inject
    EntityManager entityManager;

    @Inject
    CapacityConfig config;

    @Inject
    TenantContext tenantContext;

    public CapacityPolicy policy() {
        return CapacityPolicy.of(config, tenantContext.requireAuthority());
    }

    public CapacityPolicy.WorkerCapacity of(Worker worker) {
        return policy().of(worker.grade, worker.contractedHours, held(List.of(worker.id)).getOrDefault(worker.id, List.of()));
    }

    /** Each worker's capacity, their held cases read in one query. */
    public Map<UUID, CapacityPolicy.WorkerCapacity> of(List<Worker> workers) {
        CapacityPolicy policy = policy();
        Map<UUID, List<HeldCase>> held = held(workers.stream().map(w -> w.id).toList());
        return workers.stream().collect(Collectors.toMap(w -> w.id,
                w -> policy.of(w.grade, w.contractedHours, held.getOrDefault(w.id, List.of()))));
    }

    private Map<UUID, List<HeldCase>> held(List<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from HeldCase where workerId in :workers and heldUntil is null order by heldSince",
                        HeldCase.class)
                .setParameter("workers", workerIds).getResultStream()
                .collect(Collectors.groupingBy(h -> h.workerId));
    }
}
