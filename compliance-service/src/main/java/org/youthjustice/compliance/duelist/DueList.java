package org.youthjustice.compliance.duelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.youthjustice.compliance.absences.Absence;
import org.youthjustice.compliance.enforcement.EnforcementStep;
import org.youthjustice.compliance.letters.Letter;
import org.youthjustice.compliance.letters.LetterKind;
import org.youthjustice.compliance.letters.Letters;
import org.youthjustice.compliance.supervision.ScopeCondition;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.DeadlineExplanation;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Compliance's due list: the missed appointments still to follow up (CMP-4), the enforcement steps due
 * (the compliance meeting, CMP-6; breach proceedings, CMP-7) and the warning and breach letters still to
 * write (CMP-5 to CMP-7, CMP-11). It reads absences, enforcement and letters, so it sits above all three
 * (package-info.java) and none of them knows it.
 *
 * <p>An authority holds thousands of cases, so the database merges the three, orders them and cuts the page
 * (one query, a UNION ALL), and counts the whole list (a second); nothing is merged or sorted here.
 */
@ApplicationScoped
public class DueList {
    /** Follow-ups, then steps, then letters, on the same due time: the order the list always gave them in. */
    private static final int FOLLOW_UP = 0;
    private static final int STEP = 1;
    private static final int LETTER = 2;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    @Inject
    Clock clock;

    public record DueItem(String action, String rule, UUID caseId, String caseReference, UUID orderId, LocalDate dueDate,
            Instant dueAt, boolean overdue, UUID absenceId, UUID stepId, UUID letterId, UUID caseManager, String team,
            DeadlineExplanation explanation) {
    }

    /**
     * The items due on the cases {@code whose} names, soonest first (on the same due time: follow-ups, steps, letters,
     * then by id, so that pages never overlap): {@code status} {@code overdue} for those past their time limit,
     * {@code due} for those not yet, null for both.
     */
    @Transactional
    public Page<DueItem> of(DueListScope whose, String status, PageRequest request) {
        Instant now = clock.instant();
        String authority = tenantContext.requireAuthority();
        String items = items(whose) + switch (status == null ? "" : status) {
            case "overdue" -> " where due.due_at < :now";
            case "due" -> " where due.due_at >= :now";
            default -> "";
        };
        Query count = bind(entityManager.createNativeQuery("select count(*) from (" + items + ") counted"), whose, status,
                authority, now);
        long total = ((Number) count.getSingleResult()).longValue();
        NativeQuery<?> page = bind(entityManager.createNativeQuery(items
                        + " order by due.due_at, due.source, due.item_id limit :limit offset :offset").unwrap(NativeQuery.class),
                whose, status, authority, now)
                .addScalar("source", StandardBasicTypes.INTEGER)
                .addScalar("item_id", StandardBasicTypes.UUID)
                .addScalar("case_id", StandardBasicTypes.UUID)
                .addScalar("reference", StandardBasicTypes.STRING)
                .addScalar("order_id", StandardBasicTypes.UUID)
                .addScalar("due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("due_at", StandardBasicTypes.INSTANT)
                .addScalar("case_manager", StandardBasicTypes.UUID)
                .addScalar("team", StandardBasicTypes.STRING)
                .addScalar("action", StandardBasicTypes.STRING)
                .addScalar("rule", StandardBasicTypes.STRING)
                .addScalar("triggered_at", StandardBasicTypes.INSTANT)
                .addScalar("time_limit", StandardBasicTypes.STRING)
                .addScalar("policy_version", StandardBasicTypes.STRING);
        page.setParameter("limit", request.limit()).setParameter("offset", request.offset());
        List<DueItem> found = page.getResultList().stream().map(row -> item((Object[]) row, now, calendar)).toList();
        return new Page<>(found, total, request);
    }

    private static DueItem item(Object[] r, Instant now, WorkingDayCalendar calendar) {
        int source = (Integer) r[0];
        UUID id = (UUID) r[1];
        Instant dueAt = (Instant) r[6];
        String action = switch (source) {
            case FOLLOW_UP -> "follow up the missed appointment";
            case LETTER -> Letters.action(LetterKind.valueOf((String) r[9]));
            default -> (String) r[9];
        };
        return new DueItem(action, (String) r[10], (UUID) r[2], (String) r[3], (UUID) r[4], (LocalDate) r[5], dueAt,
                now.isAfter(dueAt), source == FOLLOW_UP ? id : null, source == STEP ? id : null, source == LETTER ? id : null,
                (UUID) r[7], (String) r[8],
                DeadlineExplanation.of(calendar, (String) r[10], switch (source) {
                    case LETTER -> "the request for the letter";
                    default -> "the missed appointment";
                }, (Instant) r[11], (String) r[12], (LocalDate) r[5], (String) r[13]));
    }

    /**
     * The three sources as one relation, each row with the same columns. A pending letter is due by the end of the day
     * (London) it was asked for ({@link Letters#dueOf}), computed here so that the database can order by it. Every
     * table is filtered by the authority: native SQL is outside Hibernate's tenant filter.
     */
    private static String items(DueListScope whose) {
        String holding = ScopeCondition.on("c", whose);
        return """
                select * from (
                  select %d as source, a.id as item_id, a.case_id, c.reference, a.order_id, a.follow_up_due_date as due_date,
                         a.follow_up_due_at as due_at, c.case_manager, c.team, cast(null as text) as action, 'CMP-4' as rule,
                         a.missed_at as triggered_at, a.follow_up_time_limit as time_limit,
                         a.follow_up_policy_version as policy_version
                  from absence a join supervised_case c on c.id = a.case_id
                  where a.authority = :authority and a.followed_up_at is null and a.judgement = :awaiting%s
                  union all
                  select %d, s.id, s.case_id, c.reference, s.order_id, s.due_date, s.due_at, c.case_manager, c.team, s.step, s.rule,
                         coalesce(missed.missed_at, s.created_at), s.time_limit, s.policy_version
                  from enforcement_step s join supervised_case c on c.id = s.case_id
                  -- a step's time limit runs from the missed appointment that started it (Enforcement)
                  left join absence missed on missed.id = s.absence_id and missed.authority = s.authority
                  where s.authority = :authority and s.status = :stepDue%s
                  union all
                  select %d, l.id, l.case_id, c.reference, l.order_id, cast(l.requested_at at time zone 'Europe/London' as date),
                         cast(cast(l.requested_at at time zone 'Europe/London' as date) + 1 as timestamp) at time zone 'Europe/London',
                         c.case_manager, c.team, l.kind, l.rule, l.requested_at, 'the same day', cast(null as text)
                  from letter l join supervised_case c on c.id = l.case_id
                  where l.authority = :authority and l.status = :pending%s
                ) due""".formatted(FOLLOW_UP, holding, STEP, holding, LETTER, holding);
    }

    private static <Q extends Query> Q bind(Q query, DueListScope whose, String status, String authority, Instant now) {
        ScopeCondition.bind(query, whose, authority)
                .setParameter("awaiting", Absence.Judgement.AWAITING.name())
                .setParameter("stepDue", EnforcementStep.Status.DUE.name())
                .setParameter("pending", Letter.Status.PENDING.name());
        if (status != null) {
            query.setParameter("now", now);
        }
        return query;
    }
}
