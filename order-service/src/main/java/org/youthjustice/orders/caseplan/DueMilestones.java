package org.youthjustice.orders.caseplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.DueListScope;

/** The due lists: open milestones by whose they are, due when, and of which rule, soonest first. */
@ApplicationScoped
public class DueMilestones {
    @Inject
    EntityManager entityManager;

    /** A line of a due list: the milestone, and which child's case it is on. */
    public record DueMilestone(MilestoneView milestone, String caseReference, String givenName, String familyName) {
    }

    /** What a due list asks for beyond its scope: {@code status} open, due or overdue; the rest optional. */
    public record Criteria(String status, LocalDate from, LocalDate to, UUID worker, String rule, Integer max) {
    }

    /** The open milestones of {@code whose} list matching {@code criteria}, with their status at {@code now}. */
    public List<DueMilestone> list(DueListScope whose, Criteria criteria, Instant now) {
        String statusValue = criteria.status();
        LocalDate fromDate = criteria.from();
        LocalDate toDate = criteria.to();
        UUID responsible = criteria.worker();
        String rule = criteria.rule();
        Integer max = criteria.max();
        // one table, one partial index per scope: milestone_open_by_worker / _by_team / _by_due
        StringBuilder query = new StringBuilder(
                "select m, c.reference, c.givenName, c.familyName from Milestone m join ChildCase c on c.id = m.caseId "
                        + "where m.closedAt is null");
        Map<String, Object> parameters = new HashMap<>();
        switch (whose.kind()) {
            case MINE -> {
                query.append(" and m.responsibleWorker = :me");
                parameters.put("me", whose.me() == null ? new UUID(0, 0) : whose.me());
            }
            case TEAM -> {
                query.append(" and m.team = :team");
                parameters.put("team", whose.team());
            }
            default -> {
            }
        }
        if ("overdue".equals(statusValue)) {
            query.append(" and m.dueAt < :now");
            parameters.put("now", now);
        } else if ("due".equals(statusValue)) {
            query.append(" and m.dueAt >= :now");
            parameters.put("now", now);
        }
        if (fromDate != null) {
            query.append(" and m.dueDate >= :from");
            parameters.put("from", fromDate);
        }
        if (toDate != null) {
            query.append(" and m.dueDate <= :to");
            parameters.put("to", toDate);
        }
        if (responsible != null) {
            query.append(" and m.responsibleWorker = :worker");
            parameters.put("worker", responsible);
        }
        if (rule != null && !rule.isBlank()) {
            query.append(" and m.rule = :rule");
            parameters.put("rule", rule.trim().toUpperCase());
        }
        query.append(" order by m.dueDate, m.dueAt, m.id");
        TypedQuery<Object[]> found = entityManager.createQuery(query.toString(), Object[].class)
                .setMaxResults(max == null ? 100 : max);
        parameters.forEach(found::setParameter);
        return found.getResultStream()
                .map(row -> new DueMilestone(MilestoneView.of((Milestone) row[0], now), (String) row[1], (String) row[2],
                        (String) row[3]))
                .toList();
    }
}
