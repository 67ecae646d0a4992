package org.youthjustice.allocation.victims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.allocation.capacity.Caseloads;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.CaseCoAllocated;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/**
 * ALC-11: a restorative justice worker works a case with its case manager where a direct victim consented
 * to contact. Named at the allocation when the consent is known by then; otherwise the consent, which
 * usually comes after sentence, puts the allocated case on the list of those needing one until a manager
 * names one (announced as {@code case.co-allocated} with every worker on the case).
 */
@ApplicationScoped
public class RestorativeJusticeWorkers {
    public static final String RULE = "ALC-11";

    @Inject
    EntityManager entityManager;

    @Inject
    Workforce workforce;

    @Inject
    Caseloads caseloads;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenantContext;

    @Inject
    Clock clock;

    public record RjCandidate(UUID workerId, String name, String team, Availability availability) {
    }

    /** An allocated case whose direct victim consented to contact, with no restorative justice worker yet. */
    public record Need(UUID caseId, String caseReference, String team, UUID caseManagerId, String reason) {
    }

    public record RjWorkerEntry(@NotNull UUID workerId) {
    }

    public record Named(UUID caseId, UUID rjWorkerId, String name, Instant at) {
    }

    /** The authority's restorative justice workers at work today (ALC-2). */
    public List<RjCandidate> atWork() {
        List<Worker> rjWorkers = entityManager.createQuery("from Worker where active and grade = :rj order by name", Worker.class)
                .setParameter("rj", Grade.RJ_WORKER).getResultList();
        Map<UUID, Availability> availability = workforce.availability(rjWorkers, Moments.ukToday(clock));
        return rjWorkers.stream().map(w -> new RjCandidate(w.id, w.name, w.team, availability.get(w.id)))
                .filter(c -> c.availability().allocatable()).toList();
    }

    /** Whether a direct victim of the case consented to contact and has not withdrawn it. */
    public boolean consented(UUID caseId) {
        // native: the authority is named here (the tenancy filter covers JPQL only)
        return ((Number) entityManager.createNativeQuery("""
                        select count(*) from victim_consent where case_id = :case and authority = :authority
                        and consent_to_contact and direct_victim and not withdrawn""")
                .setParameter("case", caseId).setParameter("authority", tenantContext.requireAuthority()).getSingleResult())
                .longValue() > 0;
    }

    /** The allocated cases a consenting direct victim asks a restorative justice worker for, by team. */
    public Page<Need> needs(PageRequest page) {
        // native queries, so the authority is named here (the tenancy filter covers JPQL only)
        String needing = """
                from child_case c
                where c.authority = :authority and c.case_manager is not null
                and exists (select 1 from victim_consent v where v.case_id = c.id and v.authority = c.authority
                            and v.consent_to_contact and v.direct_victim and not v.withdrawn)
                and not exists (select 1 from held_case h where h.case_id = c.id and h.role = 'RJ_WORKER'
                                and h.held_until is null)
                """;
        String authority = tenantContext.requireAuthority();
        // the id breaks ties (a case may have no reference yet) so that pages neither repeat nor skip
        List<Object[]> rows = entityManager.createNativeQuery("select c.id, c.reference, c.team, c.case_manager " + needing
                        + " order by c.team, c.reference, c.id", Object[].class)
                .setParameter("authority", authority).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) " + needing)
                .setParameter("authority", authority).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(row -> new Need((UUID) row[0], (String) row[1], (String) row[2], (UUID) row[3],
                "a direct victim consented to contact: a restorative justice worker works the case with its case manager (ALC-11)"))
                .toList(), total, page);
    }

    /** After the allocation: a restorative justice worker at work, for a case whose direct victim consented. */
    @Transactional
    public Named name(UUID caseId, RjWorkerEntry entry) {
        HeldCase managed = caseloads.current(caseId, HeldCase.Role.CASE_MANAGER).orElse(null);
        if (managed == null) {
            throw ProblemException.notFound("allocated case " + caseId);
        }
        if (caseloads.current(caseId, HeldCase.Role.RJ_WORKER).isPresent()) {
            throw ProblemException.conflict("the case has a restorative justice worker already");
        }
        if (!consented(caseId)) {
            throw ProblemException.ruleViolations(List.of(Violation.ofRule(RULE, "workerId",
                    "no direct victim of the case has consented to contact: no restorative justice worker is allocated")));
        }
        Worker worker = workforce.worker(entry.workerId());
        if (atWork().stream().noneMatch(c -> c.workerId().equals(worker.id))) {
            throw ProblemException.ruleViolations(List.of(Violation.ofRule(RULE, "workerId",
                    worker.name + " is not a restorative justice worker of the authority at work now")));
        }
        Instant now = clock.instant();
        hold(worker.id, caseId, managed, now);
        entityManager.flush(); // two managers naming one at once: the index of current holdings lets one through
        outbox.record(new CaseCoAllocated(UUID.randomUUID(), caseloads.workersOn(caseId), "a restorative justice worker with the "
                + "case manager: a direct victim consented to contact (ALC-11)", Moments.ukToday(clock), null), caseId);
        audit.record("case.rj-worker", "case", caseId, worker.name + " (ALC-11)");
        return new Named(caseId, worker.id, worker.name, now);
    }

    /** The worker works the case as its restorative justice worker from now. */
    public void hold(UUID workerId, UUID caseId, HeldCase managed, Instant since) {
        caseloads.hold(workerId, caseId, HeldCase.Role.RJ_WORKER, managed.kind, managed.rosh, managed.saw, since);
    }
}
