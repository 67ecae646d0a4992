package org.youthjustice.allocation.requests;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.youthjustice.allocation.capacity.Capacities;
import org.youthjustice.allocation.capacity.CapacityPolicy;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;

/**
 * A case moved to another case manager by a manager, by the same rules as its allocation: the new worker
 * ranked as a candidate (left out by a rule: 422; breaking one: a rationale), the decision made on the
 * case as the manager saw it: if its case manager changed meanwhile, the decision is stale (409).
 */
@ApplicationScoped
public class Reallocations {
    @Inject
    EntityManager entityManager;

    @Inject
    Workforce workforce;

    @Inject
    Capacities capacities;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public record ReallocationEntry(@NotNull UUID currentCaseManager, @NotNull UUID workerId,
            @NotBlank @Size(max = 2000) String reason, @Size(max = 4000) String rationale) {
    }

    public record Reallocated(UUID caseId, UUID from, UUID to, List<String> rulesOverridden, String reason, Instant at) {
    }

    @Transactional
    public Reallocated reallocate(UUID caseId, ReallocationEntry entry) {
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        HeldCase held = childCase == null ? null : entityManager.createQuery(
                        "from HeldCase where caseId = :case and role = :manager and heldUntil is null", HeldCase.class)
                .setParameter("case", caseId).setParameter("manager", HeldCase.Role.CASE_MANAGER).getResultStream().findFirst().orElse(null);
        if (held == null) {
            throw ProblemException.notFound("allocated case " + caseId);
        }
        if (!held.workerId.equals(entry.currentCaseManager())) {
            throw ProblemException.conflict("the case's case manager changed meanwhile: read the case again before reallocating");
        }
        if (held.workerId.equals(entry.workerId())) {
            throw ProblemException.invalid(List.of(Violation.ofField("workerId", "already the case manager")));
        }
        Worker to = workforce.worker(entry.workerId());
        CandidateRanking.Candidate chosen = candidate(childCase, held, to);
        boolean explained = entry.rationale() != null && !entry.rationale().isBlank();
        if (!chosen.breaks().isEmpty() && !explained) {
            throw ProblemException.ruleViolations(chosen.breaks().stream()
                    .map(b -> Violation.ofRule(b.rule(), "rationale", b.reason() + ": give the rationale to choose them")).toList());
        }
        Instant now = clock.instant();
        held.heldUntil = now;
        HeldCase moved = new HeldCase();
        moved.id = UUID.randomUUID();
        moved.workerId = to.id;
        moved.caseId = caseId;
        moved.role = HeldCase.Role.CASE_MANAGER;
        moved.kind = held.kind;
        moved.rosh = childCase.rosh;
        moved.saw = childCase.saw;
        moved.heldSince = now;
        entityManager.persist(moved);
        childCase.caseManager = to.id;
        childCase.team = to.team;
        // two managers reallocating at once: the case's version lets only the first through
        entityManager.lock(childCase, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        List<String> overridden = chosen.breaks().stream().map(CandidateRanking.Breach::rule).toList();
        String reason = entry.reason() + (overridden.isEmpty() ? "" : " (overriding " + String.join(", ", overridden) + ": "
                + entry.rationale() + ")");
        outbox.record(new CaseReallocated(UUID.randomUUID(), List.of(new AllocatedWorker(to.id, "case-manager")), reason,
                Moments.ukToday(clock), null), caseId);
        audit.record("case.reallocated", "case", caseId, "from " + held.workerId + " to " + to.name + ": " + reason);
        return new Reallocated(caseId, held.workerId, to.id, overridden, reason, now);
    }

    /** The new worker as the ranking sees them for this case. */
    private CandidateRanking.Candidate candidate(ChildCase childCase, HeldCase held, Worker to) {
        LocalDate today = Moments.ukToday(clock);
        Map<UUID, CapacityPolicy.WorkerCapacity> capacity = capacities.of(List.of(to));
        Set<UUID> known = entityManager.createQuery("select distinct h.workerId from HeldCase h where h.caseId = :case", UUID.class)
                .setParameter("case", childCase.id).getResultStream().collect(Collectors.toSet());
        HeldCase weighed = new HeldCase();
        weighed.kind = held.kind;
        weighed.rosh = childCase.rosh;
        weighed.saw = childCase.saw;
        weighed.role = HeldCase.Role.CASE_MANAGER;
        CandidateRanking.Proposal proposal = CandidateRanking.rank(new CandidateRanking.Request(held.kind, childCase.rosh,
                        childCase.saw, childCase.genderIdentity, null, capacities.policy().weigh(weighed).points()),
                List.of(new CandidateRanking.Worker(to.id, to.name, to.grade, to.genderIdentity, workforce.availability(to.id, today),
                        capacity.get(to.id), known.contains(to.id))));
        if (!proposal.excluded().isEmpty()) {
            CandidateRanking.Excluded out = proposal.excluded().get(0);
            throw ProblemException.ruleViolations(List.of(out.rule() == null ? Violation.ofField("workerId", out.reason())
                    : Violation.ofRule(out.rule(), "workerId", out.reason())));
        }
        return proposal.candidates().get(0);
    }
}
