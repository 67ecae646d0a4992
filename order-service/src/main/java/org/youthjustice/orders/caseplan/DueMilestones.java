package org.youthjustice.orders.caseplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/** The due lists: open milestones by whose they are, due when, and of which rule, soonest first. */
@ApplicationScoped
public class DueMilestones {
    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager entityManager;

    /** A line of a due list: the milestone, and which child's case it is on. */
    public record DueMilestone(MilestoneView milestone, String caseReference, String givenName, String familyName) {
    }

    /** What a due list asks for beyond its scope: {@code status} open, due or overdue; the rest optional. */
    public record Criteria(String status, LocalDate from, LocalDate to, UUID worker, String rule) {
    }

    /**
     * One page of the open milestones of {@code whose} list matching {@code criteria}, with their status at
     * {@code now}, and how many there are in all. A criteria query: each criterion given adds its predicate with
     * its value bound, so PostgreSQL plans exactly the filter asked for, on the scope's partial index
     * (milestone_due_list, _by_team, _by_worker: V11), read in the list's order up to the page.
     */
    public Page<DueMilestone> list(DueListScope whose, Criteria criteria, PageRequest page, Instant now) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Milestone> lines = cb.createQuery(Milestone.class);
        Root<Milestone> m = lines.from(Milestone.class);
        lines.select(m).where(filter(cb, m, whose, criteria, now).toArray(Predicate[]::new))
                // the id last: milestones due at the same moment keep one order, so pages neither overlap nor skip
                .orderBy(cb.asc(m.get("dueDate")), cb.asc(m.get("dueAt")), cb.asc(m.get("id")));
        List<Milestone> onPage = entityManager.createQuery(lines).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        // the page's cases by id, once the page is known: joined in the page's query, PostgreSQL hashed every case of
        // the authority first (6,667 at national scale, one heap page each: 46 of the query's 54 ms, P5)
        Map<UUID, Object[]> cases = new HashMap<>();
        if (!onPage.isEmpty()) {
            entityManager.createQuery("select c.id, c.reference, c.givenName, c.familyName from ChildCase c where c.id in :ids",
                            Object[].class)
                    .setParameter("ids", onPage.stream().map(milestone -> milestone.caseId).distinct().toList())
                    .getResultStream().forEach(row -> cases.put((UUID) row[0], row));
        }
        List<DueMilestone> items = onPage.stream().map(milestone -> {
            Object[] child = cases.getOrDefault(milestone.caseId, new Object[4]);
            return new DueMilestone(MilestoneView.of(milestone, now, calendar), (String) child[1], (String) child[2], (String) child[3]);
        }).toList();

        // counted without the case: a milestone is always in its case's authority (a transfer moves both in one
        // transaction, TransferEvents), so the count reads the scope's index alone
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Milestone> counted = count.from(Milestone.class);
        count.select(cb.count(counted)).where(filter(cb, counted, whose, criteria, now).toArray(Predicate[]::new));
        long total = entityManager.createQuery(count).getSingleResult();
        return new Page<>(items, total, page);
    }

    private static List<Predicate> filter(CriteriaBuilder cb, Root<Milestone> m, DueListScope whose, Criteria criteria,
            Instant now) {
        // the authority is Hibernate's (@TenantId): added to the query whatever is asked
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(m.get("closedAt")));
        switch (whose.kind()) {
            case MINE -> where.add(cb.equal(m.get("responsibleWorker"), whose.me() == null ? new UUID(0, 0) : whose.me()));
            case TEAM -> where.add(cb.equal(m.get("team"), whose.team()));
            default -> {
            }
        }
        if ("overdue".equals(criteria.status())) {
            where.add(cb.lessThan(m.get("dueAt"), now));
        } else if ("due".equals(criteria.status())) {
            where.add(cb.greaterThanOrEqualTo(m.get("dueAt"), now));
        }
        if (criteria.from() != null) {
            where.add(cb.greaterThanOrEqualTo(m.get("dueDate"), criteria.from()));
        }
        if (criteria.to() != null) {
            where.add(cb.lessThanOrEqualTo(m.get("dueDate"), criteria.to()));
        }
        if (criteria.worker() != null) {
            where.add(cb.equal(m.get("responsibleWorker"), criteria.worker()));
        }
        if (criteria.rule() != null && !criteria.rule().isBlank()) {
            where.add(cb.equal(m.get("rule"), criteria.rule().trim().toUpperCase()));
        }
        return where;
    }
}
