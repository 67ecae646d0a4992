package org.youthjustice.compliance.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.compliance.appointments.Appointments;
import org.youthjustice.compliance.supervision.ScopeCondition;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * The orders short of contact in a month (CMP-9) or not scheduled a month ahead (MIL-12), on the cases a scope names.
 *
 * <p>An authority has thousands of orders in force, so the database decides which fall short, orders and pages them,
 * and counts them: the same arithmetic as {@link ContactFrequency#check}, on each order's appointment counts. Then the
 * page's orders alone are checked in full ({@link ContactFrequencies}) for their figures. Four queries in all, however
 * many orders: the count, the page, the page's orders and cases, and their appointments.
 */
@ApplicationScoped
public class ContactShortfalls {
    @Inject
    ContactFrequencies frequencies;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    public record Shortfall(UUID caseId, String caseReference, UUID orderId, UUID caseManager, String team,
            ContactFrequencies.Minimum minimum, ContactFrequency.MonthCheck month, List<String> rules) {
    }

    /** Each order in force in {@code month} on the cases {@code whose} names that falls short, by case reference. */
    @Transactional
    public Page<Shortfall> in(YearMonth month, DueListScope whose, PageRequest request) {
        String authority = tenantContext.requireAuthority();
        Instant now = clock.instant();
        // MIL-12's deadline: the end of the month's first working day, as ContactFrequency.check sets it
        LocalDate scheduledAheadBy = calendar.onOrNextWorkingDay(month.atDay(1));
        Instant deadline = scheduledAheadBy.plusDays(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant();
        String shortOrders = shortOrders(authority, whose);

        // the page and the whole list's size in one pass: the shortfalls are worked out once, not once to count them
        // and again for the page (at national scale each pass reads every order in force in the scope)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery("select order_id, count(*) over () from (" + shortOrders
                        + ") flagged order by reference, order_id limit :limit offset :offset", Object[].class),
                whose, authority, month, scheduledAheadBy, deadline, now)
                .setParameter("limit", request.limit()).setParameter("offset", request.offset()).getResultList();
        if (rows.isEmpty()) {
            // past the end (or nothing falls short): only then is the size asked for on its own
            long total = request.offset() == 0 ? 0 : ((Number) bind(entityManager.createNativeQuery(
                    "select count(*) from (" + shortOrders + ") counted"), whose, authority, month, scheduledAheadBy, deadline, now)
                    .getSingleResult()).longValue();
            return new Page<>(List.of(), total, request);
        }
        long total = ((Number) rows.get(0)[1]).longValue();
        List<UUID> orderIds = rows.stream().map(row -> (UUID) row[0]).toList();

        Map<UUID, Object[]> ordersAndCases = new HashMap<>();
        entityManager.createQuery("select o, c from SupervisedOrder o, SupervisedCase c where c.id = o.caseId and o.id in :ids",
                        Object[].class)
                .setParameter("ids", orderIds).getResultStream().forEach(row -> ordersAndCases.put(((SupervisedOrder) row[0]).id, row));
        // the page's appointments by the page's orders: planned afresh for these values. A generic plan (what PostgreSQL
        // settles on for a statement prepared over and over) guesses the authority's month to be a few rows and reads it
        // all from V7's index: 7,400 appointments fetched for the page's few hundred (P5: 25 ms instead of under 1)
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        var planned = frequencies.plannedByMonth(orderIds, month, month);
        List<Shortfall> flagged = new ArrayList<>();
        for (UUID orderId : orderIds) {
            SupervisedOrder order = (SupervisedOrder) ordersAndCases.get(orderId)[0];
            SupervisedCase childCase = (SupervisedCase) ordersAndCases.get(orderId)[1];
            ContactFrequencies.Minimum minimum = frequencies.minimumFor(childCase);
            frequencies.check(order, minimum, month, planned.getOrDefault(orderId, Map.of()), now).ifPresent(check -> {
                List<String> rules = new ArrayList<>();
                if (check.shortfall()) {
                    rules.add("CMP-9");
                }
                if (check.monthAhead() == ContactFrequency.MonthAhead.MISSED) {
                    rules.add("MIL-12");
                }
                flagged.add(new Shortfall(childCase.id, childCase.reference, order.id, childCase.caseManager, childCase.team,
                        minimum, check, rules));
            });
        }
        return new Page<>(flagged, total, request);
    }

    /**
     * The orders in force in the month on the scope's cases that fall short: CMP-9, fewer appointments planned than the
     * minimum (a whole month's, or its share, rounded up, of the days the order is in force in it); MIL-12, the first
     * working day has passed, the order was in force by then and fewer than the minimum had been booked by its end.
     * Every table is filtered by the authority: native SQL is outside Hibernate's tenant filter.
     */
    private String shortOrders(String authority, DueListScope whose) {
        // the authority's minimum for each scaled-approach level, standard while a case has had no assessment
        StringBuilder perMonth = new StringBuilder("case c.scaled_approach");
        for (ScaledApproach level : ScaledApproach.values()) {
            perMonth.append(" when '").append(level.name()).append("' then ").append(frequencies.minimumFor(authority, level).perMonth());
        }
        perMonth.append(" else ").append(frequencies.minimumFor(authority, null).perMonth()).append(" end");
        // the month's appointments of the whole authority counted in one pass and joined (V7's index), not counted
        // order by order: at national scale an authority has thousands of orders in force
        return """
                with n as (
                  select a.order_id, count(*) as planned, count(*) filter (where a.scheduled_at < :deadline) as ahead
                  from appointment a
                  where a.authority = :authority and a.starts_at >= :from and a.starts_at < :to and a.status not in (:givenUp)
                  group by a.order_id
                )
                select f.order_id, f.reference
                from (
                  select o.id as order_id, c.reference, greatest(o.start_date, cast(:first as date)) as from_day,
                         least(cast(:last as date), o.end_date, o.ended_on - 1) as to_day, %s as per_month
                  from supervised_order o join supervised_case c on c.id = o.case_id
                  where o.authority = :authority and o.start_date <= :last and (o.end_date is null or o.end_date >= :first)
                    and (o.ended_on is null or o.ended_on > :first)%s
                ) f
                left join n on n.order_id = f.order_id
                cross join lateral (
                  select (f.per_month * (f.to_day - f.from_day + 1) + :days - 1) / :days as minimum
                ) m
                where f.from_day <= f.to_day
                  and (coalesce(n.planned, 0) < m.minimum
                       or (:deadlinePassed and f.from_day <= :aheadBy and coalesce(n.ahead, 0) < m.minimum))"""
                .formatted(perMonth, ScopeCondition.on("c", whose));
    }

    private static Query bind(Query query, DueListScope whose, String authority, YearMonth month, LocalDate scheduledAheadBy,
            Instant deadline, Instant now) {
        return ScopeCondition.bind(query, whose, authority)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .setParameter("from", month.atDay(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .setParameter("givenUp", Appointments.GIVEN_UP.stream().map(Enum::name).toList())
                .setParameter("days", month.lengthOfMonth())
                .setParameter("deadline", deadline)
                .setParameter("deadlinePassed", !now.isBefore(deadline))
                .setParameter("aheadBy", scheduledAheadBy);
    }
}
