package org.youthjustice.allocation.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;

/**
 * ALC-13: every new allocation is put before each of the authority's specialist workers (health, substance
 * use, ETE, speech and language), who screen it and say whether the child needs them.
 */
@ApplicationScoped
public class Screening {
    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    public record Screened(@NotNull @Pattern(regexp = "no-need|referred", message = "must be no-need or referred") String outcome,
            @Size(max = 2000) String note) {
    }

    /** Notices for the allocation, one per active specialist, in the decision's transaction. */
    public int notify(UUID decisionId, UUID caseId, Instant at) {
        List<Worker> specialists = entityManager.createQuery("from Worker where active and grade = :specialist", Worker.class)
                .setParameter("specialist", Grade.SPECIALIST).getResultList();
        for (Worker specialist : specialists) {
            ScreeningNotice notice = new ScreeningNotice();
            notice.id = UUID.randomUUID();
            notice.decisionId = decisionId;
            notice.caseId = caseId;
            notice.specialistId = specialist.id;
            notice.specialism = specialist.specialism;
            notice.notifiedAt = at;
            entityManager.persist(notice);
        }
        return specialists.size();
    }

    /** The notices a specialist has still to screen, oldest first. */
    public Page<ScreeningNotice> open(UUID specialistId, PageRequest page) {
        // the id breaks ties so that pages neither repeat nor skip
        List<ScreeningNotice> items = entityManager.createQuery(
                        "from ScreeningNotice where specialistId = :me and outcome is null order by notifiedAt, id", ScreeningNotice.class)
                .setParameter("me", specialistId).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = entityManager.createQuery("select count(*) from ScreeningNotice where specialistId = :me and outcome is null",
                        Long.class)
                .setParameter("me", specialistId).getSingleResult();
        return new Page<>(items, total, page);
    }

    @Transactional
    public ScreeningNotice screened(UUID specialistId, UUID noticeId, Screened entry) {
        ScreeningNotice notice = entityManager.find(ScreeningNotice.class, noticeId);
        if (notice == null || !notice.specialistId.equals(specialistId)) {
            throw ProblemException.notFound("screening notice " + noticeId);
        }
        if (notice.outcome != null) {
            if (notice.outcome.equals(entry.outcome())) {
                return notice;
            }
            throw ProblemException.conflict("already screened: " + notice.outcome);
        }
        notice.outcome = entry.outcome();
        notice.note = entry.note();
        notice.screenedAt = clock.instant();
        entityManager.flush();
        audit.record("allocation.screened", "case", notice.caseId, notice.specialism + ": " + entry.outcome() + " (ALC-13)");
        return notice;
    }
}
