package org.youthjustice.compliance.duelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.youthjustice.compliance.absences.Absence;
import org.youthjustice.compliance.enforcement.EnforcementStep;
import org.youthjustice.compliance.letters.Letter;
import org.youthjustice.compliance.letters.LetterKind;
import org.youthjustice.compliance.letters.Letters;
import org.youthjustice.kernel.tenancy.DueListScope;

/**
 * Compliance's due list: the missed appointments still to follow up (CMP-4), the enforcement steps due
 * (the compliance meeting, CMP-6; breach proceedings, CMP-7) and the warning and breach letters still to
 * write (CMP-5 to CMP-7, CMP-11). It reads absences, enforcement and letters, so it sits above all three
 * (package-info.java) and none of them knows it.
 */
@ApplicationScoped
public class DueList {
    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public record DueItem(String action, String rule, UUID caseId, String caseReference, UUID orderId, LocalDate dueDate,
            Instant dueAt, boolean overdue, UUID absenceId, UUID stepId, UUID letterId, UUID caseManager, String team) {
    }

    /**
     * The items due on the cases {@code whose} names, soonest first, at most {@code limit}: {@code status}
     * {@code overdue} for those past their time limit, {@code due} for those not yet, null for both.
     */
    @Transactional
    public List<DueItem> of(DueListScope whose, String status, int limit) {
        String holding = switch (whose.kind()) {
            case MINE -> " and (c.caseManager = :me or array_contains(c.coWorkers, :me))";
            case TEAM -> " and c.team = :team";
            case AUTHORITY -> "";
        };
        Instant now = clock.instant();
        TypedQuery<Object[]> followUps = entityManager.createQuery("""
                select a.id, a.caseId, c.reference, a.orderId, a.followUpDueDate, a.followUpDueAt, c.caseManager, c.team
                from Absence a, SupervisedCase c
                where c.id = a.caseId and a.followedUpAt is null and a.judgement = :awaiting""" + holding, Object[].class)
                .setParameter("awaiting", Absence.Judgement.AWAITING);
        TypedQuery<Object[]> steps = entityManager.createQuery("""
                select s.id, s.caseId, c.reference, s.orderId, s.dueDate, s.dueAt, c.caseManager, c.team, s.step, s.rule
                from EnforcementStep s, SupervisedCase c
                where c.id = s.caseId and s.status = :due""" + holding, Object[].class)
                .setParameter("due", EnforcementStep.Status.DUE);
        TypedQuery<Object[]> pendingLetters = entityManager.createQuery("""
                select l.id, l.caseId, c.reference, l.orderId, l.requestedAt, c.caseManager, c.team, l.kind, l.rule
                from Letter l, SupervisedCase c
                where c.id = l.caseId and l.status = :pending""" + holding, Object[].class)
                .setParameter("pending", Letter.Status.PENDING);
        for (TypedQuery<Object[]> query : List.of(followUps, steps, pendingLetters)) {
            if (whose.kind() == DueListScope.Kind.MINE) {
                query.setParameter("me", whose.me());
            } else if (whose.kind() == DueListScope.Kind.TEAM) {
                query.setParameter("team", whose.team());
            }
        }
        return Stream.of(
                        followUps.getResultStream().map(r -> new DueItem("follow up the missed appointment", "CMP-4", (UUID) r[1],
                                (String) r[2], (UUID) r[3], (LocalDate) r[4], (Instant) r[5], now.isAfter((Instant) r[5]),
                                (UUID) r[0], null, null, (UUID) r[6], (String) r[7])),
                        steps.getResultStream().map(r -> new DueItem((String) r[8], (String) r[9], (UUID) r[1], (String) r[2],
                                (UUID) r[3], (LocalDate) r[4], (Instant) r[5], now.isAfter((Instant) r[5]), null, (UUID) r[0], null,
                                (UUID) r[6], (String) r[7])),
                        pendingLetters.getResultStream().map(r -> {
                            Letters.Due due = Letters.dueOf((Instant) r[4]);
                            return new DueItem(Letters.action((LetterKind) r[7]), (String) r[8], (UUID) r[1], (String) r[2],
                                    (UUID) r[3], due.date(), due.at(), now.isAfter(due.at()), null, null, (UUID) r[0], (UUID) r[5],
                                    (String) r[6]);
                        }))
                .flatMap(items -> items)
                .filter(item -> !"overdue".equals(status) || item.overdue())
                .filter(item -> !"due".equals(status) || !item.overdue())
                .sorted(Comparator.comparing(DueItem::dueAt))
                .limit(limit)
                .toList();
    }
}
