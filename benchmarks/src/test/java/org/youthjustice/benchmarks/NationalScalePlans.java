package org.youthjustice.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * The query plans behind P5's figures: {@code EXPLAIN (ANALYZE, BUFFERS)} of the SQL each list runs, on the loaded
 * national partnership, with the parameters of a wokingham user. The SQL is copied by hand from the service code
 * (each query names its source) in the shape the service sends it: Hibernate's translation of the JPQL and criteria
 * queries (the tenant's authority added to every entity, {@code offset ... fetch first} for the page), the native
 * queries as written; bound values are written in as literals, which is what PostgreSQL's custom plans see.
 */
final class NationalScalePlans {
    private static final String AUTHORITY = "'wokingham'";

    private final Settings settings;
    private final UUID caseWorker;
    private final String reference;
    private final String requestId;

    NationalScalePlans(Settings settings, UUID caseWorker, String reference, String requestId) {
        this.settings = settings;
        this.caseWorker = caseWorker;
        this.reference = reference;
        this.requestId = requestId;
    }

    private record Query(String database, String source, String sql) {
    }

    String markdown() throws SQLException {
        Map<String, Query> queries = new LinkedHashMap<>();
        String due = "order-service DueMilestones.list (caseplan/DueMilestones.java)";
        String milestones = """
                select m.id, m.authority, m.case_id, m.closed_at, m.closed_by, m.completed_at, m.due_at, m.due_date,
                       m.evidence_id, m.evidence_kind, m.evidence_note, m.not_applicable_reason, m.order_id,
                       m.overdue_announced_at, m.policy_version, m.responsible_worker, m.rule, m.step, m.team,
                       m.time_limit, m.triggered_at
                from milestone m
                where m.authority = %1$s and m.closed_at is null and %2$s
                order by m.due_date, m.due_at, m.id offset 0 rows fetch first 100 rows only""";
        // the page's cases: the service binds the page's case ids as a list; here the page's own query gives them
        String pageCases = "select c.id, c.reference, c.given_name, c.family_name from child_case c where c.authority = %1$s "
                + "and c.id in (select case_id from (" + milestones + ") page)";
        String counted = "select count(m.id) from milestone m where m.authority = %1$s and m.closed_at is null and %2$s";
        String mine = "m.responsible_worker = '" + caseWorker + "'";
        String team = "m.team = 'court-and-bail-team'";
        queries.put("Due list, mine: the page", new Query("order_service", due, milestones.formatted(AUTHORITY, mine)));
        queries.put("Due list, mine: the count", new Query("order_service", due, counted.formatted(AUTHORITY, mine)));
        queries.put("Due list, team: the page", new Query("order_service", due, milestones.formatted(AUTHORITY, team)));
        queries.put("Due list, team: the count", new Query("order_service", due, counted.formatted(AUTHORITY, team)));
        queries.put("Due list, authority (overdue): the page", new Query("order_service", due,
                milestones.formatted(AUTHORITY, "m.due_at < now()")));
        queries.put("Due list, authority (overdue): the page's cases", new Query("order_service", due,
                pageCases.formatted(AUTHORITY, "m.due_at < now()")));
        queries.put("Due list, authority (overdue): the count", new Query("order_service", due,
                counted.formatted(AUTHORITY, "m.due_at < now()")));

        String search = "order-service CaseFiles.search (casefile/CaseFiles.java: SEARCH, LIVE_CASES, TRANSFERRED_OUT_CASES)";
        queries.put("Case search by name: the page", new Query("order_service", search, search("'%smi%'", "''")));
        queries.put("Case search by name: the count of live cases", new Query("order_service", search,
                "select count(*) from child_case c where c.authority = %s and true = true %s".formatted(AUTHORITY,
                        live("'%smi%'", "''"))));
        queries.put("Case search by reference: the page", new Query("order_service", search,
                search("'%%'", "'" + reference + "'")));

        String dueList = "compliance-service DueList.of (duelist/DueList.java: items, with ScopeCondition.on)";
        String awaiting = "'AWAITING'";
        queries.put("Compliance due list, mine: the page", new Query("compliance_service", dueList, compliance(
                " and c.authority = %s and (c.case_manager = '%s' or '%s' = any(c.co_workers))".formatted(AUTHORITY, caseWorker,
                        caseWorker), awaiting) + " order by due.due_at, due.source, due.item_id limit 200 offset 0"));
        queries.put("Compliance due list, authority (overdue): the page", new Query("compliance_service", dueList,
                compliance(" and c.authority = " + AUTHORITY, awaiting)
                        + " where due.due_at < now() order by due.due_at, due.source, due.item_id limit 200 offset 0"));
        queries.put("Compliance due list, authority (overdue): the count", new Query("compliance_service", dueList,
                "select count(*) from (" + compliance(" and c.authority = " + AUTHORITY, awaiting)
                        + " where due.due_at < now()) counted"));

        String shortfalls = "compliance-service ContactShortfalls.in (contact/ContactShortfalls.java: shortOrders)";
        queries.put("Contact shortfalls, team: the page with the list's size (one pass)", new Query("compliance_service", shortfalls,
                "select order_id, count(*) over () from (" + shortOrders(" and c.authority = " + AUTHORITY + " and c.team = 'court-and-bail-team'")
                        + ") flagged order by reference, order_id limit 200 offset 0"));
        queries.put("Contact shortfalls, authority: the page with the list's size (one pass)", new Query("compliance_service", shortfalls,
                "select order_id, count(*) over () from (" + shortOrders(" and c.authority = " + AUTHORITY)
                        + ") flagged order by reference, order_id limit 200 offset 0"));

        String proposal = "allocation-service Allocations.proposal (requests/Allocations.java), Workforce.workers, "
                + "Capacities.of, Caseloads.everHeldBy";
        queries.put("Allocation proposal: the team's workers", new Query("allocation_service", proposal, """
                select w.* from worker w where w.authority = %1$s and w.active and w.team = (
                  select r.team from allocation_request r where r.id = '%2$s' and r.authority = %1$s)
                order by w.name, w.id""".formatted(AUTHORITY, requestId)));
        queries.put("Allocation proposal: the cases they hold (capacity)", new Query("allocation_service", proposal, """
                select h.* from held_case h where h.authority = %1$s and h.worker_id in (
                  select w.id from worker w where w.authority = %1$s and w.active and w.team = (
                    select r.team from allocation_request r where r.id = '%2$s'))
                  and h.held_until is null order by h.held_since""".formatted(AUTHORITY, requestId)));
        queries.put("Allocation proposal: who knew the child", new Query("allocation_service", proposal, """
                select distinct h.worker_id from held_case h where h.authority = %1$s and h.case_id = (
                  select r.case_id from allocation_request r where r.id = '%2$s')""".formatted(AUTHORITY, requestId)));

        StringBuilder md = new StringBuilder("""
                `EXPLAIN (ANALYZE, BUFFERS)` on the loaded partnership, as a wokingham user's request runs it. The SQL is \
                copied by hand from each service's code (named under each heading) in the shape the service sends it: \
                Hibernate's translation (the tenant's authority on every entity, `offset … fetch first` for the page), \
                the native queries as written, bound values written in as literals (what PostgreSQL's custom plans see).
                """);
        for (Map.Entry<String, Query> entry : queries.entrySet()) {
            Query query = entry.getValue();
            md.append("\n### ").append(entry.getKey()).append("\n\n").append(query.source()).append(".\n\n```sql\n")
                    .append(query.sql().strip()).append("\n```\n\n```\n").append(explain(query)).append("```\n");
        }
        return md.toString();
    }

    /** CaseFiles' SEARCH for the team manager (reads every case), a name fragment and/or a reference given. */
    private String search(String name, String reference) {
        boolean anyName = name.equals("'%%'");
        String transferred = """
                select r.case_id, r.transfer_id, lower(r.family_name), lower(r.given_name), r.date_of_birth
                from transferred_out_case r where r.authority = %1$s and true = true and true = true
                  and not exists (select h.id from child_case h where h.authority = %1$s and h.id = r.case_id)
                  and r.closed_at = (select max(l.closed_at) from transferred_out_case l where l.authority = %1$s and l.case_id = r.case_id)
                  and (%2$s = true or lower(r.given_name) like %3$s escape '!' or lower(r.family_name) like %3$s escape '!')
                  and (%4$s = true or r.reference = %5$s)
                  and (true = true or r.date_of_birth = '1970-01-01')
                  and (true = true or r.case_manager = '%6$s' or r.co_workers @> array['%6$s'::uuid] or r.team = '')
                  and (true = true or r.team = '' or r.teams @> array['']::varchar[])"""
                .formatted(AUTHORITY, anyName, name, reference.equals("''"), reference, caseWorker);
        return """
                select c.id, c.id, lower(c.family_name), lower(c.given_name), c.date_of_birth
                from child_case c where c.authority = %s and true = true %s
                union all
                %s
                order by 3, 4, 5, 1 offset 0 rows fetch first 50 rows only""".formatted(AUTHORITY, live(name, reference), transferred);
    }

    private String live(String name, String reference) {
        return """

                  and (%1$s = true or lower(c.given_name) like %2$s escape '!' or lower(c.family_name) like %2$s escape '!')
                  and (%3$s = true or c.reference = %4$s)
                  and (true = true or c.date_of_birth = '1970-01-01')
                  and (true = true or c.case_manager = '%5$s' or c.co_workers @> array['%5$s'::uuid] or c.team = '')
                  and (true = true or c.status = 'OPEN')
                  and (true = true or c.case_manager = '00000000-0000-0000-0000-000000000000')
                  and (true = true or c.team = '' or c.id in (select o.case_id from court_order o where o.authority = 'wokingham' and o.team = ''))"""
                .formatted(name.equals("'%%'"), name, reference.equals("''"), reference, caseWorker);
    }

    /** DueList.items with the scope's condition on the case. */
    private static String compliance(String holding, String awaiting) {
        return """
                select * from (
                  select 0 as source, a.id as item_id, a.case_id, c.reference, a.order_id, a.follow_up_due_date as due_date,
                         a.follow_up_due_at as due_at, c.case_manager, c.team, cast(null as text) as action, 'CMP-4' as rule
                  from absence a join supervised_case c on c.id = a.case_id
                  where a.authority = %1$s and a.followed_up_at is null and a.judgement = %3$s%2$s
                  union all
                  select 1, s.id, s.case_id, c.reference, s.order_id, s.due_date, s.due_at, c.case_manager, c.team, s.step, s.rule
                  from enforcement_step s join supervised_case c on c.id = s.case_id
                  where s.authority = %1$s and s.status = 'DUE'%2$s
                  union all
                  select 2, l.id, l.case_id, c.reference, l.order_id, cast(l.requested_at at time zone 'Europe/London' as date),
                         cast(cast(l.requested_at at time zone 'Europe/London' as date) + 1 as timestamp) at time zone 'Europe/London',
                         c.case_manager, c.team, l.kind, l.rule
                  from letter l join supervised_case c on c.id = l.case_id
                  where l.authority = %1$s and l.status = 'PENDING'%2$s
                ) due""".formatted(AUTHORITY, holding, awaiting);
    }

    /**
     * ContactShortfalls.shortOrders for this month, the minimum per month of each scaled-approach level as
     * compliance-service's configuration sets it (standard 2, enhanced 4, intensive 12; standard while unassessed).
     */
    private static String shortOrders(String holding) {
        YearMonth month = YearMonth.now(NationalScaleData.LONDON);
        LocalDate aheadBy = month.atDay(1);
        while (aheadBy.getDayOfWeek() == DayOfWeek.SATURDAY || aheadBy.getDayOfWeek() == DayOfWeek.SUNDAY) {
            aheadBy = aheadBy.plusDays(1); // the first working day (bank holidays aside: none falls on a 1st this year)
        }
        String deadline = aheadBy.plusDays(1).atStartOfDay(NationalScaleData.LONDON).toInstant().toString();
        return """
                with n as (
                  select a.order_id, count(*) as planned, count(*) filter (where a.scheduled_at < '%5$s') as ahead
                  from appointment a
                  where a.authority = %3$s and a.starts_at >= '%6$s' and a.starts_at < '%7$s'
                    and a.status not in ('RESCHEDULED', 'CANCELLED')
                  group by a.order_id
                )
                select f.order_id, f.reference
                from (
                  select o.id as order_id, c.reference, greatest(o.start_date, cast('%1$s' as date)) as from_day,
                         least(cast('%2$s' as date), o.end_date, o.ended_on - 1) as to_day,
                         case c.scaled_approach when 'STANDARD' then 2 when 'ENHANCED' then 4 when 'INTENSIVE' then 12 else 2 end as per_month
                  from supervised_order o join supervised_case c on c.id = o.case_id
                  where o.authority = %3$s and o.start_date <= '%2$s' and (o.end_date is null or o.end_date >= '%1$s')
                    and (o.ended_on is null or o.ended_on > '%1$s')%4$s
                ) f
                left join n on n.order_id = f.order_id
                cross join lateral (
                  select (f.per_month * (f.to_day - f.from_day + 1) + %8$d - 1) / %8$d as minimum
                ) m
                where f.from_day <= f.to_day
                  and (coalesce(n.planned, 0) < m.minimum
                       or (%9$s and f.from_day <= '%10$s' and coalesce(n.ahead, 0) < m.minimum))"""
                .formatted(month.atDay(1), month.atEndOfMonth(), AUTHORITY, holding, deadline,
                        month.atDay(1).atStartOfDay(NationalScaleData.LONDON).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(NationalScaleData.LONDON).toInstant(), month.lengthOfMonth(),
                        !java.time.Instant.now().isBefore(java.time.Instant.parse(deadline)), aheadBy);
    }

    private String explain(Query query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(query.database()), LocalPlatform.DB_USERNAME,
                LocalPlatform.DB_PASSWORD); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("explain (analyze, buffers) " + query.sql())) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
