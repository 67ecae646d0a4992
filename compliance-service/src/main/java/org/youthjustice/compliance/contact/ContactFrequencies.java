package org.youthjustice.compliance.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.compliance.appointments.Appointment;
import org.youthjustice.compliance.appointments.Appointments;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineCalculator;

/**
 * An order's contact month by month (CMP-9, MIL-12), against the minimum its authority sets for the
 * case's scaled-approach level: the level of the latest assessment ({@code risk.assessed}), standard
 * until there is one.
 */
@ApplicationScoped
public class ContactFrequencies {
    @Inject
    EntityManager entityManager;

    @Inject
    ContactFrequencyConfig config;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** The minimum for a case, and where it comes from. */
    public record Minimum(ScaledApproach level, int perMonth, String source) {
    }

    public Minimum minimumFor(SupervisedCase childCase) {
        return minimumFor(childCase.authority(), childCase.scaledApproach);
    }

    /** The minimum for a case of {@code authority} whose latest assessment set {@code assessed} (null: none yet). */
    public Minimum minimumFor(String authority, ScaledApproach assessed) {
        ScaledApproach level = assessed == null ? ScaledApproach.STANDARD : assessed;
        String key = level.name().toLowerCase(Locale.ROOT);
        Integer own = config.authorities().getOrDefault(authority, Map.of()).get(key);
        String source = assessed == null ? "no assessment yet, so standard" : key + " from the latest assessment";
        if (own != null) {
            return new Minimum(level, own, authority + "'s policy; " + source);
        }
        Integer fallback = config.minimumPerMonth().get(key);
        if (fallback == null) {
            throw new IllegalStateException("yj.compliance.contact-frequency.minimum-per-month." + key + " is not set");
        }
        return new Minimum(level, fallback, "the platform's default; " + source);
    }

    /** The order's months from {@code from} to {@code to}, those it is in force in. */
    public List<ContactFrequency.MonthCheck> months(SupervisedCase childCase, SupervisedOrder order, YearMonth from, YearMonth to) {
        Minimum minimum = minimumFor(childCase);
        Map<YearMonth, List<ContactFrequency.Planned>> planned = plannedByMonth(List.of(order.id), from, to)
                .getOrDefault(order.id, Map.of());
        List<ContactFrequency.MonthCheck> checks = new ArrayList<>();
        Instant now = clock.instant();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            check(order, minimum, month, planned, now).ifPresent(checks::add);
        }
        return checks;
    }

    /** The order's {@code month}, given its appointments by month; empty when it is not in force in it. */
    Optional<ContactFrequency.MonthCheck> check(SupervisedOrder order, Minimum minimum, YearMonth month,
            Map<YearMonth, List<ContactFrequency.Planned>> planned, Instant now) {
        return inForce(order, month).map(days -> ContactFrequency.check(month, days[0], days[1], minimum.perMonth(),
                planned.getOrDefault(month, List.of()), calendar, now));
    }

    /** The first and last day of the month the order is in force; empty when it is not in force in it. */
    static Optional<LocalDate[]> inForce(SupervisedOrder order, YearMonth month) {
        LocalDate first = month.atDay(1).isBefore(order.startDate) ? order.startDate : month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (order.endDate != null && order.endDate.isBefore(last)) {
            last = order.endDate;
        }
        if (order.endedOn != null && !order.endedOn.minusDays(1).isAfter(last)) {
            last = order.endedOn.minusDays(1);
        }
        return first.isAfter(last) ? Optional.empty() : Optional.of(new LocalDate[] { first, last });
    }

    /**
     * The appointments planned under each of {@code orderIds} from {@code from} to {@code to} (not moved away or
     * cancelled), by order and month: one query however many orders.
     */
    Map<UUID, Map<YearMonth, List<ContactFrequency.Planned>>> plannedByMonth(Collection<UUID> orderIds, YearMonth from,
            YearMonth to) {
        Map<UUID, Map<YearMonth, List<ContactFrequency.Planned>>> byOrder = new HashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        entityManager.createQuery("""
                        from Appointment where orderId in :orders and status not in :givenUp and startsAt >= :from and startsAt < :to""",
                        Appointment.class)
                .setParameter("orders", orderIds).setParameter("givenUp", Appointments.GIVEN_UP)
                .setParameter("from", from.atDay(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .setParameter("to", to.plusMonths(1).atDay(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .getResultStream()
                .forEach(a -> byOrder.computeIfAbsent(a.orderId, o -> new HashMap<>())
                        .computeIfAbsent(YearMonth.from(a.startsAt.atZone(DeadlineCalculator.LONDON)), m -> new ArrayList<>())
                        .add(new ContactFrequency.Planned(a.startsAt, a.scheduledAt, a.status == Appointment.Status.ATTENDED,
                                a.status == Appointment.Status.MISSED)));
        return byOrder;
    }
}
