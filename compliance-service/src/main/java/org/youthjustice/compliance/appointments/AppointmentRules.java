package org.youthjustice.compliance.appointments;

import java.time.Instant;
import java.util.Optional;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.problem.Violation;

/**
 * CMP-1 as decisions over an appointment: only a scheduled appointment that has not started is rescheduled
 * (a missed one never is), and attendance is recorded once the appointment has started (allowing for the
 * difference between a practitioner's device clock and the server's, {@link Moments}). Pure, so that each is
 * tested on its own; {@link Appointments} loads, saves and announces.
 */
public final class AppointmentRules {
    public static final String RULE = "CMP-1";

    private AppointmentRules() {
    }

    /**
     * CMP-1: whether an appointment of {@code status}, starting at {@code startsAt}, may be rescheduled at
     * {@code now}; otherwise the first violation, which its state makes a conflict (409).
     */
    public static Optional<Violation> reschedulable(Appointment.Status status, Instant startsAt, Instant now) {
        if (status == Appointment.Status.MISSED) {
            return Optional.of(Violation.ofRule(RULE, "status",
                    "a missed appointment is never rescheduled: record its absence as acceptable or not"));
        }
        if (status != Appointment.Status.SCHEDULED) {
            return Optional.of(Violation.ofRule(RULE, "status", "the appointment is already " + status.wireName()));
        }
        if (!now.isBefore(startsAt)) {
            return Optional.of(Violation.ofRule(RULE, "startsAt",
                    "an appointment is rescheduled only before it starts; it started at " + startsAt));
        }
        return Optional.empty();
    }

    /** CMP-1: attended or missed is recorded once the appointment has started; otherwise the violation, on {@code attended}. */
    public static Optional<Violation> attendanceRecordable(Instant startsAt, Instant now) {
        return Moments.inTheFuture(startsAt, now) ? Optional.of(Violation.ofField("attended",
                "attendance is recorded once the appointment has started, at " + startsAt)) : Optional.empty();
    }
}
