package org.youthjustice.compliance.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.kernel.tenancy.DueListScope;

/** The orders short of contact in a month (CMP-9) or not scheduled a month ahead (MIL-12), on the cases a scope names. */
@ApplicationScoped
public class ContactShortfalls {
    @Inject
    ContactFrequencies frequencies;

    @Inject
    EntityManager entityManager;

    public record Shortfall(UUID caseId, String caseReference, UUID orderId, UUID caseManager, String team,
            ContactFrequencies.Minimum minimum, ContactFrequency.MonthCheck month, List<String> rules) {
    }

    /** Each order in force in {@code month} on the cases {@code whose} names that falls short, by case reference. */
    @Transactional
    public List<Shortfall> in(YearMonth month, DueListScope whose) {
        String holding = switch (whose.kind()) {
            case MINE -> " and (c.caseManager = :me or array_contains(c.coWorkers, :me))";
            case TEAM -> " and c.team = :team";
            case AUTHORITY -> "";
        };
        var query = entityManager.createQuery("""
                select o, c from SupervisedOrder o, SupervisedCase c
                where c.id = o.caseId and o.startDate <= :last and (o.endDate is null or o.endDate >= :first)
                and (o.endedOn is null or o.endedOn > :first)""" + holding + " order by c.reference", Object[].class)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth());
        if (whose.kind() == DueListScope.Kind.MINE) {
            query.setParameter("me", whose.me());
        } else if (whose.kind() == DueListScope.Kind.TEAM) {
            query.setParameter("team", whose.team());
        }
        List<Shortfall> flagged = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            SupervisedOrder order = (SupervisedOrder) row[0];
            SupervisedCase childCase = (SupervisedCase) row[1];
            for (ContactFrequency.MonthCheck check : frequencies.months(childCase, order, month, month)) {
                List<String> rules = new ArrayList<>();
                if (check.shortfall()) {
                    rules.add("CMP-9");
                }
                if (check.monthAhead() == ContactFrequency.MonthAhead.MISSED) {
                    rules.add("MIL-12");
                }
                if (!rules.isEmpty()) {
                    flagged.add(new Shortfall(childCase.id, childCase.reference, order.id, childCase.caseManager, childCase.team,
                            frequencies.minimumFor(childCase), check, rules));
                }
            }
        }
        return flagged;
    }
}
