package org.youthjustice.compliance.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.events.compliance.AppointmentMissed;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;

/**
 * Appointments under an order (CMP-1): scheduled one at a time or as a series for the weeks ahead,
 * rescheduled only before they start and with a reason, and recorded as attended or missed once they
 * have started. A missed appointment is announced ({@code appointment.missed}) and can never be
 * rescheduled afterwards.
 */
@ApplicationScoped
public class Appointments {
    /** A series covers the weeks ahead (MIL-12: at least the month ahead), not the whole order. */
    private static final int LONGEST_SERIES_MONTHS = 3;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    jakarta.enterprise.event.Event<Missed> missed;

    @Inject
    jakarta.enterprise.event.Event<AttendanceRecorded> attendanceRecorded;

    @Inject
    Clock clock;

    /** A missed appointment, told synchronously to whoever opens its absence. */
    public record Missed(Appointment appointment) {
    }

    /** An attendance recorded, attended or missed, told synchronously to whoever counts the month's contacts (CMP-9). */
    public record AttendanceRecorded(Appointment appointment) {
    }

    public record AppointmentEntry(@NotNull UUID orderId, @NotBlank @Size(max = 60) String kind, @NotNull Instant startsAt,
            @NotNull Instant endsAt, @NotBlank @Size(max = 200) String place, @Size(max = 200) String withWhom) {
    }

    /**
     * Every {@code everyDays} days from {@code firstStartsAt} up to and including {@code until}, each
     * {@code minutes} long; a day that is not a working day is skipped and said so.
     */
    public record SeriesEntry(@NotNull UUID orderId, @NotBlank @Size(max = 60) String kind, @NotNull Instant firstStartsAt,
            @NotNull @Min(5) @Max(480) Integer minutes, @NotNull @Min(1) @Max(28) Integer everyDays, @NotNull LocalDate until,
            @NotBlank @Size(max = 200) String place, @Size(max = 200) String withWhom) {
    }

    public record Rescheduling(@NotNull Instant startsAt, @NotNull Instant endsAt, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Attendance(@NotNull Boolean attended, @Size(max = 2000) String note) {
    }

    public record Scheduled(Appointment appointment, boolean duplicate) {
    }

    public record Series(UUID seriesId, List<Appointment> scheduled, List<Skipped> skipped) {
    }

    public record Skipped(LocalDate date, String reason) {
    }

    /** An appointment and what recording it changed: whether it had been recorded so before. */
    public record Recorded(Appointment appointment, boolean duplicate) {
    }

    /** The appointments that no longer hold their slot: moved to another time, or cancelled. */
    public static final List<Appointment.Status> GIVEN_UP = List.of(Appointment.Status.RESCHEDULED, Appointment.Status.CANCELLED);

    public Optional<Appointment> existing(UUID orderId, String kind, Instant startsAt) {
        return entityManager.createQuery("from Appointment where orderId = :order and kind = :kind and startsAt = :starts "
                        + "and status not in :givenUp", Appointment.class)
                .setParameter("order", orderId).setParameter("kind", kind).setParameter("starts", startsAt)
                .setParameter("givenUp", GIVEN_UP).getResultStream().findFirst();
    }

    @Transactional
    public Scheduled schedule(SupervisedCase childCase, SupervisedOrder order, AppointmentEntry entry) {
        check(order, entry.startsAt(), entry.endsAt());
        Optional<Appointment> existing = existing(order.id, entry.kind(), entry.startsAt());
        if (existing.isPresent()) {
            return new Scheduled(existing.get(), true);
        }
        Appointment appointment = newAppointment(childCase, order, entry.kind(), entry.startsAt(), entry.endsAt(), entry.place(),
                entry.withWhom(), null);
        entityManager.persist(appointment);
        // a concurrent duplicate fails here, inside the transaction, as a PersistenceException
        entityManager.flush();
        audit.record("appointment.scheduled", "case", childCase.id, appointment.kind + " at " + appointment.startsAt);
        return new Scheduled(appointment, false);
    }

    @Transactional
    public Series scheduleSeries(SupervisedCase childCase, SupervisedOrder order, SeriesEntry entry) {
        LocalDate first = Moments.ukDate(entry.firstStartsAt());
        List<Violation> violations = new ArrayList<>();
        if (entry.until().isBefore(first)) {
            violations.add(Violation.ofField("until", "the series ends on or after its first appointment"));
        } else if (entry.until().isAfter(first.plusMonths(LONGEST_SERIES_MONTHS))) {
            violations.add(Violation.ofField("until", "a series covers at most " + LONGEST_SERIES_MONTHS + " months ahead"));
        }
        Duration length = Duration.ofMinutes(entry.minutes());
        violations.addAll(problems(order, entry.firstStartsAt(), entry.firstStartsAt().plus(length)));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        UUID seriesId = UUID.randomUUID();
        List<Appointment> scheduled = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        ZonedDateTime start = entry.firstStartsAt().atZone(DeadlineCalculator.LONDON);
        for (; !start.toLocalDate().isAfter(entry.until()); start = start.plusDays(entry.everyDays())) {
            LocalDate day = start.toLocalDate();
            if (!order.inForceOn(day)) {
                skipped.add(new Skipped(day, "the order is not in force"));
            } else if (!calendar.isWorkingDay(day)) {
                skipped.add(new Skipped(day, calendar.isBankHoliday(day) ? "a bank holiday" : "a weekend"));
            } else if (existing(order.id, entry.kind(), start.toInstant()).isPresent()) {
                skipped.add(new Skipped(day, "already scheduled"));
            } else {
                Appointment appointment = newAppointment(childCase, order, entry.kind(), start.toInstant(),
                        start.toInstant().plus(length), entry.place(), entry.withWhom(), seriesId);
                entityManager.persist(appointment);
                scheduled.add(appointment);
            }
        }
        entityManager.flush();
        audit.record("appointment.series-scheduled", "case", childCase.id, scheduled.size() + " " + entry.kind() + " appointments");
        return new Series(seriesId, scheduled, skipped);
    }

    /**
     * CMP-1: only a scheduled appointment that has not started is rescheduled, with its reason; it gives way
     * to a new appointment at the new time. A missed appointment never becomes rescheduled.
     */
    @Transactional
    public Appointment reschedule(SupervisedCase childCase, UUID appointmentId, Rescheduling entry) {
        Appointment appointment = find(childCase, appointmentId);
        Instant now = clock.instant();
        AppointmentRules.reschedulable(appointment.status, appointment.startsAt, now).ifPresent(refused -> {
            throw ProblemException.conflict(refused);
        });
        SupervisedOrder order = entityManager.find(SupervisedOrder.class, appointment.orderId);
        check(order, entry.startsAt(), entry.endsAt());
        Appointment next = newAppointment(childCase, order, appointment.kind, entry.startsAt(), entry.endsAt(), appointment.place,
                appointment.withWhom, appointment.seriesId);
        next.rescheduledFrom = appointment.id;
        appointment.status = Appointment.Status.RESCHEDULED;
        appointment.rescheduleReason = entry.reason();
        // the old one leaves the unique index before the new one takes its place, and then names it
        entityManager.flush();
        entityManager.persist(next);
        entityManager.flush();
        appointment.rescheduledTo = next.id;
        audit.record("appointment.rescheduled", "case", childCase.id, entry.reason());
        return next;
    }

    /**
     * Attended or missed, once the appointment has started. Recording the same again changes nothing;
     * recording the other is 409: the first record stands.
     */
    @Transactional
    public Recorded attendance(SupervisedCase childCase, UUID appointmentId, Attendance entry) {
        Appointment appointment = find(childCase, appointmentId);
        Appointment.Status outcome = entry.attended() ? Appointment.Status.ATTENDED : Appointment.Status.MISSED;
        if (appointment.status == outcome) {
            return new Recorded(appointment, true);
        }
        if (appointment.status == Appointment.Status.CANCELLED) {
            throw ProblemException.conflict("the appointment was cancelled: " + appointment.cancelReason);
        }
        if (appointment.status != Appointment.Status.SCHEDULED) {
            throw ProblemException.conflict("the appointment is already recorded as " + appointment.status.wireName());
        }
        Instant now = clock.instant();
        AppointmentRules.attendanceRecordable(appointment.startsAt, now).ifPresent(tooSoon -> {
            throw ProblemException.invalid(List.of(tooSoon));
        });
        appointment.status = outcome;
        appointment.outcomeRecordedBy = caller.username();
        appointment.outcomeRecordedAt = now;
        appointment.outcomeNote = entry.note();
        // another person's record of the same appointment, committed meanwhile, fails this one on its version (409)
        entityManager.flush();
        if (outcome == Appointment.Status.MISSED) {
            outbox.record(new AppointmentMissed(appointment.id, appointment.orderId, appointment.startsAt), childCase.id);
            // an absence to follow up and judge (CMP-2, CMP-4), opened in this transaction
            missed.fire(new Missed(appointment));
        }
        attendanceRecorded.fire(new AttendanceRecorded(appointment));
        audit.record("appointment." + outcome.wireName(), "case", childCase.id);
        return new Recorded(appointment, false);
    }

    /**
     * TRF-1: the case's appointments still scheduled to start at or after {@code from} are cancelled with
     * {@code reason}: those the home authority booked, when the case is transferred out. Called by the
     * consumer applying the transfer, in its transaction; returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelFrom(UUID caseId, Instant from, String reason) {
        List<Appointment> ahead = entityManager.createQuery("from Appointment where caseId = :id and status = :scheduled "
                        + "and startsAt >= :from order by startsAt", Appointment.class)
                .setParameter("id", caseId).setParameter("scheduled", Appointment.Status.SCHEDULED).setParameter("from", from)
                .getResultList();
        Instant now = clock.instant();
        for (Appointment appointment : ahead) {
            appointment.status = Appointment.Status.CANCELLED;
            appointment.cancelledAt = now;
            appointment.cancelReason = reason;
        }
        if (!ahead.isEmpty()) {
            audit.record("appointment.cancelled", "case", caseId, ahead.size() + " appointments: " + reason);
        }
        return ahead.size();
    }

    public List<Appointment> of(UUID caseId, LocalDate from, LocalDate to) {
        return entityManager.createQuery("from Appointment where caseId = :id and startsAt >= :from and startsAt < :to "
                        + "order by startsAt", Appointment.class)
                .setParameter("id", caseId)
                .setParameter("from", from == null ? Instant.EPOCH : from.atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .setParameter("to", to == null ? Instant.parse("9999-12-31T00:00:00Z")
                        : to.plusDays(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .getResultList();
    }

    private Appointment find(SupervisedCase childCase, UUID appointmentId) {
        Appointment appointment = entityManager.find(Appointment.class, appointmentId);
        if (appointment == null || !appointment.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("appointment " + appointmentId);
        }
        return appointment;
    }

    private void check(SupervisedOrder order, Instant startsAt, Instant endsAt) {
        List<Violation> violations = problems(order, startsAt, endsAt);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private List<Violation> problems(SupervisedOrder order, Instant startsAt, Instant endsAt) {
        List<Violation> violations = new ArrayList<>();
        if (!endsAt.isAfter(startsAt)) {
            violations.add(Violation.ofField("endsAt", "an appointment ends after it starts"));
        }
        if (Moments.inThePast(startsAt, clock.instant())) {
            violations.add(Violation.ofField("startsAt", "appointments are scheduled ahead, not in the past"));
        }
        if (!order.inForceOn(Moments.ukDate(startsAt))) {
            violations.add(Violation.ofField("startsAt", "the order is not in force on " + Moments.ukDate(startsAt)));
        }
        return violations;
    }

    private Appointment newAppointment(SupervisedCase childCase, SupervisedOrder order, String kind, Instant startsAt,
            Instant endsAt, String place, String withWhom, UUID seriesId) {
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.caseId = childCase.id;
        appointment.orderId = order.id;
        appointment.kind = kind;
        appointment.startsAt = startsAt;
        appointment.endsAt = endsAt;
        appointment.place = place;
        appointment.withWhom = withWhom;
        appointment.status = Appointment.Status.SCHEDULED;
        appointment.seriesId = seriesId;
        appointment.scheduledBy = caller.username();
        appointment.scheduledAt = clock.instant();
        return appointment;
    }
}
