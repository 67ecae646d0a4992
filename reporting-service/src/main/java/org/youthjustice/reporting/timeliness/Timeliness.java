package org.youthjustice.reporting.timeliness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.youthjustice.reporting.timeliness.TimelinessRules.Level;

/**
 * Reads the time limits for the figures and the cases behind them. Every read takes the caller's
 * {@link ReportingAccessPolicy.Access}: the figures are counted per authority (per team of one authority) and handed to
 * {@link TimelinessRules}, which adds up and suppresses; the cases are read for the caller's own authority only.
 */
@ApplicationScoped
public class Timeliness {

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** What to count: months {@code from} to {@code to} inclusive, optionally one rule, one authority's teams. */
    public record Criteria(Level level, YearMonth from, YearMonth to, String rule, String authority) {
    }

    /** The figures, when they were worked out, and the time of the newest event behind them (the read model's lag). */
    public record Figures(Level level, YearMonth from, YearMonth to, Instant now, Optional<Instant> latestEvent,
            List<TimelinessRow> rows) {
    }

    @Transactional
    public Figures figures(Criteria criteria, ReportingAccessPolicy.Access access) {
        Instant now = clock.instant();
        boolean byTeam = criteria.level() == Level.TEAM;
        String group = byTeam ? "rule, authority, team, month" : "rule, authority, month";
        String where = " where due_date >= :from and due_date < :to"
                + (criteria.rule() != null ? " and rule = :rule" : "")
                + (byTeam ? " and authority = :authority" : "");
        Map<String, Counts> counts = new LinkedHashMap<>();
        List<Object[]> rows = bind(entityManager.createNativeQuery("select rule, authority, "
                        + (byTeam ? "team" : "null") + " as team, to_char(due_date, 'YYYY-MM') as month, "
                        + Arrays.stream(Measure.values()).map(m -> "count(*) filter (where " + m.condition() + ")")
                                .collect(Collectors.joining(", ")) + " "
                        + "from time_limit" + where + " group by " + group.replace("month", "to_char(due_date, 'YYYY-MM')"))
                .unwrap(NativeQuery.class), criteria)
                .setParameter("now", now, StandardBasicTypes.INSTANT).getResultList();
        for (Object[] r : rows) {
            Counts c = new Counts((String) r[0], (String) r[1], (String) r[2], (String) r[3]);
            for (int i = 0; i < Measure.values().length; i++) {
                c.set(Measure.values()[i], ((Number) r[4 + i]).longValue());
            }
            counts.put(key(c.rule, c.authority, c.team, c.month), c);
        }
        List<Object[]> reasons = bind(entityManager.createNativeQuery("select rule, authority, "
                        + (byTeam ? "team" : "null") + " as team, to_char(due_date, 'YYYY-MM'), not_applicable_reason, count(*) "
                        + "from time_limit" + where + " and " + Measure.NOT_APPLICABLE.condition() + " group by "
                        + group.replace("month", "to_char(due_date, 'YYYY-MM')") + ", not_applicable_reason")
                .unwrap(NativeQuery.class), criteria).getResultList();
        for (Object[] r : reasons) {
            Counts c = counts.get(key((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
            if (c != null) {
                c.reason((String) r[4], ((Number) r[5]).longValue());
            }
        }
        Instant latest = (Instant) entityManager.createNativeQuery("select max(updated_at) from time_limit")
                .unwrap(NativeQuery.class).addScalar("max", StandardBasicTypes.INSTANT).getSingleResult();
        return new Figures(criteria.level(), criteria.from(), criteria.to(), now, Optional.ofNullable(latest),
                TimelinessRules.rows(new ArrayList<>(counts.values()), criteria.level(), access));
    }

    private static String key(String rule, String authority, String team, String month) {
        return rule + "|" + authority + "|" + team + "|" + month;
    }

    private static NativeQuery<Object[]> bind(NativeQuery<Object[]> query, Criteria criteria) {
        query.setParameter("from", criteria.from().atDay(1), StandardBasicTypes.LOCAL_DATE)
                .setParameter("to", criteria.to().plusMonths(1).atDay(1), StandardBasicTypes.LOCAL_DATE);
        if (criteria.rule() != null) {
            query.setParameter("rule", criteria.rule(), StandardBasicTypes.STRING);
        }
        if (criteria.level() == Level.TEAM) {
            query.setParameter("authority", criteria.authority(), StandardBasicTypes.STRING);
        }
        return query;
    }

    /** One time limit behind the figures, as a manager drills down to the cases of their own authority. */
    public record CaseTimeLimit(UUID timeLimitId, UUID caseId, String rule, String step, String team,
            UUID responsibleWorker, LocalDate dueDate, Instant dueAt, Instant metAt, String status,
            String notApplicableReason) {
    }

    /** A page of the caller's own authority's time limits due in {@code month}, and how many there are in all. */
    @Transactional
    public CasePage cases(String ownAuthority, YearMonth month, String rule, String team, Measure status, int offset, int limit) {
        String where = " from time_limit where authority = :authority and due_date >= :from and due_date < :to"
                + (rule != null ? " and rule = :rule" : "")
                + (team != null ? " and team = :team" : "")
                + (status != null ? " and " + status.condition() : "");
        NativeQuery<Object[]> select = entityManager.createNativeQuery(SELECT_TIME_LIMIT + ", count(*) over () "
                + where + " order by due_at, rule, id limit :limit offset :offset").unwrap(NativeQuery.class);
        select.setParameter("now", clock.instant(), StandardBasicTypes.INSTANT)
                .setParameter("authority", ownAuthority, StandardBasicTypes.STRING)
                .setParameter("from", month.atDay(1), StandardBasicTypes.LOCAL_DATE)
                .setParameter("to", month.plusMonths(1).atDay(1), StandardBasicTypes.LOCAL_DATE)
                .setParameter("limit", limit, StandardBasicTypes.INTEGER)
                .setParameter("offset", offset, StandardBasicTypes.INTEGER);
        if (rule != null) {
            select.setParameter("rule", rule, StandardBasicTypes.STRING);
        }
        if (team != null) {
            select.setParameter("team", team, StandardBasicTypes.STRING);
        }
        scalars(select);
        select.addScalar("count", StandardBasicTypes.LONG);
        List<CaseTimeLimit> items = new ArrayList<>();
        long total = 0;
        for (Object[] r : select.getResultList()) {
            total = (Long) r[11];
            items.add(caseTimeLimit(r));
        }
        return new CasePage(items, total);
    }

    public record CasePage(List<CaseTimeLimit> items, long total) {
    }

    /** Every time limit of one case of {@code authority}, soonest due first (a case's are a few dozen at most). */
    @Transactional
    public List<CaseTimeLimit> ofCase(String authority, UUID caseId) {
        NativeQuery<Object[]> select = entityManager.createNativeQuery(SELECT_TIME_LIMIT + " from time_limit "
                + "where authority = :authority and case_id = :caseId order by due_at, rule, id").unwrap(NativeQuery.class);
        select.setParameter("now", clock.instant(), StandardBasicTypes.INSTANT)
                .setParameter("authority", authority, StandardBasicTypes.STRING).setParameter("caseId", caseId, StandardBasicTypes.UUID);
        scalars(select);
        return select.getResultList().stream().map(Timeliness::caseTimeLimit).toList();
    }

    /** A time limit's columns and its status, worked out in the query from the outcomes' conditions ({@link Measure}). */
    private static final String SELECT_TIME_LIMIT = "select id, case_id, rule, step, team, responsible_worker, due_date, due_at, "
            + "met_at, " + Measure.STATUS_SQL + " as status, not_applicable_reason";

    private static void scalars(NativeQuery<Object[]> select) {
        select.addScalar("id", StandardBasicTypes.UUID).addScalar("case_id", StandardBasicTypes.UUID)
                .addScalar("rule", StandardBasicTypes.STRING).addScalar("step", StandardBasicTypes.STRING)
                .addScalar("team", StandardBasicTypes.STRING).addScalar("responsible_worker", StandardBasicTypes.UUID)
                .addScalar("due_date", StandardBasicTypes.LOCAL_DATE).addScalar("due_at", StandardBasicTypes.INSTANT)
                .addScalar("met_at", StandardBasicTypes.INSTANT).addScalar("status", StandardBasicTypes.STRING)
                .addScalar("not_applicable_reason", StandardBasicTypes.STRING);
    }

    private static CaseTimeLimit caseTimeLimit(Object[] r) {
        return new CaseTimeLimit((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (UUID) r[5],
                (LocalDate) r[6], (Instant) r[7], (Instant) r[8], (String) r[9], (String) r[10]);
    }
}
