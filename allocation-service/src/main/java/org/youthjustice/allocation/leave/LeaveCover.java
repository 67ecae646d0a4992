package org.youthjustice.allocation.leave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.WorkerAbsence;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CoverArranged;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/**
 * Leave (ALC-8; Nottinghamshire policy §7). Planned leave: a cover worker is named before it starts, and
 * each of the worker's cases is announced as covered ({@code cover.arranged}) for the leave. Unplanned
 * absence: within the first week the manager reviews the worker's cases and planned contacts; after 2
 * weeks with no imminent return, their cases are proposed for reallocation. What is due shows in one list.
 */
@ApplicationScoped
public class LeaveCover {
    @Inject
    EntityManager entityManager;

    @Inject
    Workforce workforce;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    @Inject
    Clock clock;

    public record CoverEntry(@NotNull UUID coverWorkerId) {
    }

    public record ReviewEntry(@NotBlank @Size(max = 4000) String note) {
    }

    /** Something due about a worker's absence, with the cases it concerns. */
    public record Due(UUID workerId, String worker, UUID absenceId, WorkerAbsence.Kind kind, String action, String rule,
            LocalDate dueDate, boolean overdue, List<UUID> cases, String milestones) {
    }

    @Transactional
    public WorkerAbsence cover(UUID workerId, UUID absenceId, CoverEntry entry) {
        WorkerAbsence absence = absence(workerId, absenceId);
        LeaveCoverRules.coverNamedFor(absence.kind).ifPresent(invalid -> {
            throw ProblemException.invalid(List.of(invalid));
        });
        if (entry.coverWorkerId().equals(absence.coverWorkerId)) {
            return absence;
        }
        if (absence.coverWorkerId != null) {
            throw ProblemException.conflict("a cover worker is already named for this leave");
        }
        Worker cover = workforce.worker(entry.coverWorkerId());
        List<Violation> violations = new ArrayList<>();
        LeaveCoverRules.cover(workerId, cover.id, cover.grade).ifPresent(violations::add);
        workforce.away(cover.id, absence.startsOn, "coverWorkerId").ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Instant now = clock.instant();
        absence.coverWorkerId = cover.id;
        absence.coveredAt = now;
        List<UUID> cases = casesOf(List.of(workerId)).getOrDefault(workerId, List.of());
        for (UUID caseId : cases) {
            outbox.record(new CoverArranged(UUID.randomUUID(), List.of(new AllocatedWorker(workerId, "case-manager"),
                    new AllocatedWorker(cover.id, "cover")), "planned leave from " + absence.startsOn + " to " + absence.endsOn
                    + " (ALC-8)", absence.startsOn, absence.endsOn), caseId);
        }
        entityManager.flush();
        audit.record("worker.cover-arranged", "worker", workerId, cover.name + " covers " + cases.size() + " cases (ALC-8)");
        return absence;
    }

    @Transactional
    public WorkerAbsence reviewed(UUID workerId, UUID absenceId, ReviewEntry entry) {
        WorkerAbsence absence = absence(workerId, absenceId);
        LeaveCoverRules.reviewOf(absence.kind).ifPresent(invalid -> {
            throw ProblemException.invalid(List.of(invalid));
        });
        absence.reviewedAt = clock.instant();
        absence.reviewNote = entry.note();
        entityManager.flush();
        audit.record("worker.absence-reviewed", "worker", workerId, "cases and planned contacts reviewed (ALC-8)");
        return absence;
    }

    /** ALC-8's due items for the authority's absences not yet over, soonest first. */
    public List<Due> due() {
        LocalDate today = Moments.ukToday(clock);
        Policy policy = policies.policyOf(tenantContext.requireAuthority());
        // the absences not over: planned leave not yet ended, unplanned absences with no return recorded
        List<WorkerAbsence> absences = entityManager.createQuery("from WorkerAbsence where returnedOn is null "
                        + "and (endsOn is null or endsOn >= :today) order by startsOn", WorkerAbsence.class)
                .setParameter("today", today).getResultList().stream()
                .filter(a -> a.backOn() == null || a.backOn().isAfter(today)).toList();
        List<UUID> workerIds = absences.stream().map(a -> a.workerId).distinct().toList();
        Map<UUID, Worker> workers = workerIds.isEmpty() ? Map.of()
                : entityManager.createQuery("from Worker where id in :ids", Worker.class).setParameter("ids", workerIds)
                        .getResultStream().collect(Collectors.toMap(w -> w.id, w -> w));
        Map<UUID, List<UUID>> cases = casesOf(workerIds);
        Map<UUID, List<WorkerAbsence>> away = absences.stream().collect(Collectors.groupingBy(a -> a.workerId));
        LocalDate imminentBy = workforce.imminentBy(today);
        List<Due> items = new ArrayList<>();
        for (WorkerAbsence absence : absences) {
            Worker worker = workers.get(absence.workerId);
            List<UUID> held = cases.getOrDefault(worker.id, List.of());
            if (absence.kind == WorkerAbsence.Kind.PLANNED) {
                if (absence.coverWorkerId == null) {
                    LocalDate due = LeaveCoverRules.coverDue(absence.startsOn);
                    items.add(new Due(worker.id, worker.name, absence.id, absence.kind, "name a cover worker, tell the children, and "
                            + "update the assessments and plans falling due during the leave", "ALC-8", due, today.isAfter(due), held,
                            milestonesDuring(worker.id, absence.startsOn, absence.endsOn)));
                }
                continue;
            }
            if (absence.reviewedAt == null) {
                LocalDate due = dueFrom(policy, "ALC-8-unplanned-review", absence.startsOn);
                items.add(new Due(worker.id, worker.name, absence.id, absence.kind, "review the cases and planned contacts", "ALC-8",
                        due, today.isAfter(due), held, milestonesDuring(worker.id, today, null)));
            }
            LocalDate consider = dueFrom(policy, "ALC-8-reallocation", absence.startsOn);
            Availability availability = Availability.on(today, away.get(worker.id), imminentBy);
            if (LeaveCoverRules.proposeReallocation(today, consider, availability, !held.isEmpty())) {
                items.add(new Due(worker.id, worker.name, absence.id, absence.kind,
                        "propose the cases for reallocation: away 2 weeks with no imminent return", "ALC-8", consider, false, held, null));
            }
        }
        items.sort(java.util.Comparator.comparing(Due::dueDate));
        return items;
    }

    /**
     * Where order-service lists the worker's milestones (assessments, plans, reviews) falling due in the
     * period: order-service keeps the case plan, so the list is its due list narrowed to the worker.
     */
    private static String milestonesDuring(UUID workerId, LocalDate from, LocalDate to) {
        return "/api/orders/milestones?scope=authority&worker=" + workerId + "&from=" + from + (to == null ? "" : "&to=" + to);
    }

    private LocalDate dueFrom(Policy policy, String key, LocalDate start) {
        return deadlines.deadline(policy, key, start.atStartOfDay(DeadlineCalculator.LONDON).toInstant()).dueDate();
    }

    /** The cases each worker manages now, in one query. */
    private Map<UUID, List<UUID>> casesOf(List<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from HeldCase h where h.workerId in :workers and h.role = :manager "
                        + "and h.heldUntil is null order by h.heldSince", HeldCase.class)
                .setParameter("workers", workerIds).setParameter("manager", HeldCase.Role.CASE_MANAGER).getResultStream()
                .collect(Collectors.groupingBy(h -> h.workerId, Collectors.mapping(h -> h.caseId, Collectors.toList())));
    }

    private WorkerAbsence absence(UUID workerId, UUID absenceId) {
        WorkerAbsence absence = entityManager.find(WorkerAbsence.class, absenceId);
        if (absence == null || !absence.workerId.equals(workerId)) {
            throw ProblemException.notFound("absence " + absenceId);
        }
        return absence;
    }
}
