package org.youthjustice.allocation.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.youthjustice.allocation.capacity.Capacities;
import org.youthjustice.allocation.capacity.CapacityPolicy;
import org.youthjustice.allocation.capacity.Caseloads;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.capacity.TimeLimitEvents;
import org.youthjustice.allocation.coallocation.CoAllocations;
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.allocation.screening.Screening;
import org.youthjustice.allocation.victims.RestorativeJusticeWorkers;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;

/**
 * Allocation requests, the candidates proposed for each (ranked by {@link CandidateRanking}), and the
 * manager's decision: a candidate left out by a rule cannot be chosen; one whose choice breaks a rule
 * can, with a rationale (ALC-3's "after consulting the child"). The decision keeps its evidence (ALC-12),
 * the worker then holds the case, and {@code case.allocated} starts order-service's first-contact clock.
 */
@ApplicationScoped
public class Allocations {
    @Inject
    EntityManager entityManager;

    @Inject
    Workforce workforce;

    @Inject
    Capacities capacities;

    @Inject
    Caseloads caseloads;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    RestorativeJusticeWorkers restorativeJusticeWorkers;

    @Inject
    Screening screening;

    @Inject
    NewRequests newRequests;

    @Inject
    CoAllocations coAllocations;

    @Inject
    Clock clock;

    public record PreferenceEntry(@NotNull @Pattern(regexp = "female|male|non-binary", message = "must be female, male or non-binary")
            String caseManagerGender, @NotNull @Size(min = 1, max = 2000) String discussion) {
    }

    /**
     * @param studentId a student who works the case beside the case manager, their accountable primary worker (ALC-7)
     */
    public record DecisionEntry(@NotNull UUID workerId, @Size(max = 4000) String rationale, UUID rjWorkerId, UUID studentId) {
    }

    /** ALC-11: whether the case needs a restorative justice worker alongside, and who could be. */
    public record RestorativeJustice(boolean needed, String reason, List<RestorativeJusticeWorkers.RjCandidate> candidates) {
    }

    public AllocationRequest request(UUID id) {
        AllocationRequest request = entityManager.find(AllocationRequest.class, id);
        if (request == null) {
            throw ProblemException.notFound("allocation request " + id);
        }
        return request;
    }

    /**
     * One page of the open requests, soonest due first, of one team and of one case where given; the id breaks ties so
     * that pages neither repeat nor skip.
     */
    public Page<AllocationRequest> open(String team, UUID caseId, PageRequest page) {
        String where = "where status = :open" + (team == null ? "" : " and team = :team") + (caseId == null ? "" : " and caseId = :case");
        var found = entityManager.createQuery("from AllocationRequest " + where + " order by dueAt, id", AllocationRequest.class)
                .setParameter("open", AllocationRequest.Status.OPEN);
        var count = entityManager.createQuery("select count(*) from AllocationRequest " + where, Long.class)
                .setParameter("open", AllocationRequest.Status.OPEN);
        if (team != null) {
            found.setParameter("team", team);
            count.setParameter("team", team);
        }
        if (caseId != null) {
            found.setParameter("case", caseId);
            count.setParameter("case", caseId);
        }
        return new Page<>(found.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), count.getSingleResult(), page);
    }

    /**
     * The local case references (order-service's, from case.opened) of the cases given, by case id: what a team manager
     * knows a case by at the allocation meeting. A case whose case.opened has not arrived yet has none.
     */
    public java.util.Map<UUID, String> caseReferences(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> references = new java.util.HashMap<>();
        entityManager.createQuery("from ChildCase where id in :ids", ChildCase.class).setParameter("ids", caseIds).getResultList()
                .forEach(c -> references.put(c.id, c.reference));
        return references;
    }

    public AllocationDecision decisionOf(UUID requestId) {
        return entityManager.createQuery("from AllocationDecision where requestId = :id", AllocationDecision.class)
                .setParameter("id", requestId).getResultStream().findFirst().orElse(null);
    }

    /** The request's team ranked for it today. */
    public CandidateRanking.Proposal proposal(AllocationRequest request) {
        return rank(entityManager.find(ChildCase.class, request.caseId), request.caseKind, request.childPreference,
                workforce.workers(request.team));
    }

    /** Workers ranked as case manager of the case (a request's team, or the one worker a reallocation names). */
    public CandidateRanking.Proposal rank(ChildCase childCase, String caseKind, String childPreference, List<Worker> workers) {
        LocalDate today = Moments.ukToday(clock);
        Map<UUID, CapacityPolicy.WorkerCapacity> capacity = capacities.of(workers);
        Set<UUID> knowTheChild = caseloads.everHeldBy(childCase.id);
        HeldCase weighed = new HeldCase();
        weighed.kind = caseKind;
        weighed.rosh = childCase.rosh;
        weighed.saw = childCase.saw;
        weighed.role = HeldCase.Role.CASE_MANAGER;
        CandidateRanking.Request asked = new CandidateRanking.Request(caseKind, childCase.rosh, childCase.saw,
                childCase.genderIdentity, childPreference, capacities.policy().weigh(weighed).points());
        Map<UUID, org.youthjustice.allocation.workforce.Availability> availability = workforce.availability(workers, today);
        return CandidateRanking.rank(asked, workers.stream().map(w -> new CandidateRanking.Worker(w.id, w.name, w.grade,
                w.genderIdentity, availability.get(w.id), capacity.get(w.id), knowTheChild.contains(w.id))).toList());
    }

    /**
     * The rules choosing this candidate would break need the manager's rationale (ALC-12): 422 listing each
     * otherwise; the rules overridden, for the record.
     */
    public static List<String> overridden(CandidateRanking.Candidate chosen, String rationale) {
        List<Violation> unexplained = AllocationRules.rationaleFor(chosen, rationale);
        if (!unexplained.isEmpty()) {
            throw ProblemException.ruleViolations(unexplained);
        }
        return AllocationRules.rulesOverridden(chosen);
    }

    /** A worker the ranking left out cannot be chosen: 422 with the rule (or 400 when no rule but the grade). */
    public static void refuseExcluded(CandidateRanking.Proposal proposal, UUID workerId) {
        AllocationRules.excluded(proposal, workerId).ifPresent(out -> {
            throw ProblemException.ruleViolations(List.of(out));
        });
    }

    /** ALC-11: a direct victim who consented to contact brings a restorative justice worker; the authority's RJ workers at work. */
    public RestorativeJustice restorativeJustice(AllocationRequest request) {
        if (!restorativeJusticeWorkers.consented(request.caseId)) {
            return new RestorativeJustice(false, "no direct victim has consented to contact", List.of());
        }
        if (caseloads.current(request.caseId, HeldCase.Role.RJ_WORKER).isPresent()) {
            return new RestorativeJustice(false, "a restorative justice worker works the case already (ALC-11)", List.of());
        }
        return new RestorativeJustice(true, "a direct victim consented to contact: a restorative justice worker is allocated with "
                + "the case (ALC-11)", restorativeJusticeWorkers.atWork());
    }

    /** ALC-4: the child's choice of their case manager's gender, with the discussion that led to it. */
    @Transactional
    public AllocationRequest prefer(UUID requestId, PreferenceEntry entry) {
        AllocationRequest request = openRequest(requestId);
        request.childPreference = entry.caseManagerGender();
        request.preferenceNote = entry.discussion();
        entityManager.flush();
        audit.record("allocation.child-preference", "case", request.caseId, "a " + entry.caseManagerGender() + " case manager (ALC-4)");
        return request;
    }

    @Transactional
    public AllocationDecision decide(UUID requestId, DecisionEntry entry) {
        AllocationRequest request = openRequest(requestId);
        CandidateRanking.Proposal proposal = proposal(request);
        refuseExcluded(proposal, entry.workerId());
        CandidateRanking.Candidate chosen = proposal.candidates().stream().filter(c -> c.workerId().equals(entry.workerId()))
                .findFirst().orElseThrow(() -> ProblemException.invalid(List.of(Violation.ofField("workerId",
                        "no active worker " + entry.workerId() + " in team " + request.team))));
        List<String> overridden = overridden(chosen, entry.rationale());
        RestorativeJustice restorative = restorativeJustice(request);
        AllocationRules.restorativeJusticeWorker(restorative.needed(), restorative.reason(), restorative.candidates(),
                entry.rjWorkerId()).ifPresent(refused -> {
                    throw ProblemException.ruleViolations(List.of(refused));
                });
        Worker student = entry.studentId() == null ? null : student(entry.studentId());
        Instant now = clock.instant();
        AllocationDecision decision = new AllocationDecision();
        decision.rjWorkerId = entry.rjWorkerId();
        decision.studentId = entry.studentId();
        decision.id = UUID.randomUUID();
        decision.requestId = request.id;
        decision.caseId = request.caseId;
        decision.workerId = chosen.workerId();
        decision.rulesOverridden = overridden.toArray(String[]::new);
        decision.rationale = entry.rationale() == null || entry.rationale().isBlank() ? null : entry.rationale();
        decision.evidence = evidence(request, proposal, chosen, decision.rationale);
        decision.decidedBy = caller.username();
        decision.decidedAt = now;
        entityManager.persist(decision);
        request.status = AllocationRequest.Status.ALLOCATED;
        newRequests.allocated(request, now);

        ChildCase childCase = entityManager.find(ChildCase.class, request.caseId);
        Worker worker = workforce.worker(chosen.workerId());
        // the previous case manager, if any, no longer holds the case as case manager
        caseloads.current(childCase.id, HeldCase.Role.CASE_MANAGER).filter(h -> !h.workerId.equals(worker.id))
                .ifPresent(h -> h.heldUntil = now);
        HeldCase managed = caseloads.hold(worker.id, childCase.id, HeldCase.Role.CASE_MANAGER, request.caseKind, childCase.rosh,
                childCase.saw, now);
        if (decision.rjWorkerId != null) {
            restorativeJusticeWorkers.hold(decision.rjWorkerId, childCase.id, managed, now);
        }
        List<AllocatedWorker> coWorkers = List.of();
        if (student != null) {
            caseloads.hold(student.id, childCase.id, HeldCase.Role.CO_WORKER, request.caseKind, childCase.rosh, childCase.saw, now);
            coWorkers = List.of(new AllocatedWorker(student.id, "student"));
        }
        if (!worker.id.equals(childCase.caseManager) || !worker.team.equals(childCase.team)) {
            // the open time limits its case manager holds (a co-allocation's, ALC-6) go to the new one
            coAllocations.holderChanged(childCase.id, new TimeLimitEvents.Holder(worker.team, worker.id));
        }
        childCase.caseManager = worker.id;
        childCase.team = worker.team;
        entityManager.flush();
        outbox.record(new CaseAllocated(decision.id, childCase.id, request.orderId, request.referralId,
                new CaseManager(worker.id, worker.grade.wireName(), worker.team), coWorkers, decision.rjWorkerId, decision.decidedBy, now),
                childCase.id);
        // ALC-13: each specialist worker screens the new allocation
        screening.notify(decision.id, childCase.id, now);
        audit.record("case.allocated", "case", childCase.id, worker.name + (decision.rulesOverridden.length == 0 ? ""
                : ", overriding " + String.join(", ", decision.rulesOverridden) + ": " + decision.rationale));
        return decision;
    }

    /** ALC-7: a student at work, who works the case beside the case manager. */
    private Worker student(UUID studentId) {
        Worker student = workforce.worker(studentId);
        AllocationRules.student(student.grade).ifPresent(notAStudent -> {
            throw ProblemException.invalid(List.of(notAStudent));
        });
        workforce.away(student.id, Moments.ukToday(clock), "studentId").ifPresent(away -> {
            throw ProblemException.ruleViolations(List.of(away));
        });
        return student;
    }

    private AllocationRequest openRequest(UUID requestId) {
        AllocationRequest request = request(requestId);
        if (request.status != AllocationRequest.Status.OPEN) {
            throw ProblemException.conflict("the request is already " + request.status.wireName());
        }
        return request;
    }

    /** ALC-12: everything the decision was made on, as it was then. */
    private String evidence(AllocationRequest request, CandidateRanking.Proposal proposal, CandidateRanking.Candidate chosen,
            String rationale) {
        try {
            Map<String, Object> asked = new java.util.LinkedHashMap<>(Map.of("kind", request.caseKind, "team", request.team));
            if (request.reason != null) {
                // a case transferred in: the transfer and the authority it came from (TRF-1)
                asked.put("reason", request.reason);
            }
            return json.writeValueAsString(Map.of("request", asked,
                    "candidates", proposal.candidates(), "excluded", proposal.excluded(), "chosen", chosen.workerId(),
                    "rulesOverridden", chosen.breaks(), "rationale", rationale == null ? "" : rationale));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
