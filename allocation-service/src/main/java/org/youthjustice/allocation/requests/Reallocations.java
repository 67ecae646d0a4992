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
import java.util.List;
import java.util.UUID;
import org.youthjustice.allocation.capacity.Caseloads;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.capacity.TimeLimitEvents;
import org.youthjustice.allocation.coallocation.CoAllocations;
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;

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
    Allocations allocations;

    @Inject
    Caseloads caseloads;

    @Inject
    TransfersUnderWay transfers;

    @Inject
    CoAllocations coAllocations;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ReallocationEntry(@NotNull UUID currentCaseManager, @NotNull UUID workerId,
            @NotBlank @Size(max = 2000) String reason, @Size(max = 4000) String rationale) {
    }

    public record Reallocated(UUID caseId, UUID from, UUID to, List<String> rulesOverridden, String reason, Instant at) {
    }

    @Transactional
    public Reallocated reallocate(UUID caseId, ReallocationEntry entry) {
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        HeldCase held = childCase == null ? null : caseloads.current(caseId, HeldCase.Role.CASE_MANAGER).orElse(null);
        if (held == null) {
            throw ProblemException.notFound("allocated case " + caseId);
        }
        if (!held.workerId.equals(entry.currentCaseManager())) {
            throw ProblemException.conflict("the case's case manager changed meanwhile: read the case again before reallocating");
        }
        ReallocationRule.anotherWorker(held.workerId, entry.workerId()).ifPresent(same -> {
            throw ProblemException.invalid(List.of(same));
        });
        Worker to = workforce.worker(entry.workerId());
        ReallocationRule.withinTheTeam(caseId, childCase.team, to.name, to.team).ifPresent(anotherTeam -> {
            throw ProblemException.ruleViolations(List.of(anotherTeam));
        });
        if (transfers.underWay(caseId)) {
            throw ProblemException.conflict("an internal transfer of the case is under way: the case moves at its three-way meeting, "
                    + "or withdraw the transfer first (ALC-10)");
        }
        CandidateRanking.Proposal proposal = allocations.rank(childCase, held.kind, null, List.of(to));
        Allocations.refuseExcluded(proposal, to.id);
        List<String> overridden = Allocations.overridden(proposal.candidates().get(0), entry.rationale());
        Instant now = clock.instant();
        handOver(childCase, held, to, now);
        String reason = entry.reason() + (overridden.isEmpty() ? "" : " (overriding " + String.join(", ", overridden) + ": "
                + entry.rationale() + ")");
        outbox.record(new CaseReallocated(UUID.randomUUID(), caseloads.workersOn(caseId), reason,
                Moments.ukToday(clock), null), caseId);
        audit.record("case.reallocated", "case", caseId, "from " + held.workerId + " to " + to.name + ": " + reason);
        return new Reallocated(caseId, held.workerId, to.id, overridden, reason, now);
    }

    /**
     * From now the worker is the case's case manager, in their team, and carries it in their caseload; the
     * worker who held it no longer does, and the open time limits the case manager holds go to them. The case's
     * version moves on, so of two managers handing the same case over at once only the first gets through (the
     * other: 409).
     */
    public void handOver(ChildCase childCase, HeldCase held, Worker to, Instant at) {
        held.heldUntil = at;
        caseloads.hold(to.id, childCase.id, HeldCase.Role.CASE_MANAGER, held.kind, childCase.rosh, childCase.saw, at);
        childCase.caseManager = to.id;
        childCase.team = to.team;
        entityManager.lock(childCase, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        coAllocations.holderChanged(childCase.id, new TimeLimitEvents.Holder(to.team, to.id));
    }
}
