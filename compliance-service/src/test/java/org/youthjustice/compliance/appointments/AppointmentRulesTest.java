package org.youthjustice.compliance.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;

/** CMP-1 alone: no service, no database. */
class AppointmentRulesTest {
    private static final Instant STARTS = Instant.parse("2026-12-24T10:00:00Z");

    @Test
    @DisplayName("CMP-1: a scheduled appointment that has not started is rescheduled")
    void scheduledBeforeItStartsIsRescheduled() {
        assertThat(AppointmentRules.reschedulable(Appointment.Status.SCHEDULED, STARTS, STARTS.minusSeconds(1))).isEmpty();
        assertThat(AppointmentRules.reschedulable(Appointment.Status.SCHEDULED, STARTS, Instant.parse("2026-12-01T09:00:00Z")))
                .isEmpty();
    }

    @Test
    @DisplayName("CMP-1: a missed appointment is never rescheduled, even before the time it was booked for")
    void missedIsNeverRescheduled() {
        assertThat(AppointmentRules.reschedulable(Appointment.Status.MISSED, STARTS, STARTS.plusSeconds(3600))).contains(
                Violation.ofRule("CMP-1", "status", "a missed appointment is never rescheduled: record its absence as acceptable or not"));
        assertThat(AppointmentRules.reschedulable(Appointment.Status.MISSED, STARTS, STARTS.minusSeconds(3600)))
                .map(Violation::field).contains("status");
    }

    @Test
    @DisplayName("CMP-1: an appointment attended or already rescheduled is not rescheduled")
    void attendedOrRescheduledIsNotRescheduled() {
        assertThat(AppointmentRules.reschedulable(Appointment.Status.ATTENDED, STARTS, STARTS.minusSeconds(60)))
                .contains(Violation.ofRule("CMP-1", "status", "the appointment is already attended"));
        assertThat(AppointmentRules.reschedulable(Appointment.Status.RESCHEDULED, STARTS, STARTS.minusSeconds(60)))
                .contains(Violation.ofRule("CMP-1", "status", "the appointment is already rescheduled"));
    }

    @Test
    @DisplayName("CMP-1: an appointment is rescheduled only before it starts: from its start it is not")
    void notOnceItHasStarted() {
        Violation started = Violation.ofRule("CMP-1", "startsAt",
                "an appointment is rescheduled only before it starts; it started at 2026-12-24T10:00:00Z");
        assertThat(AppointmentRules.reschedulable(Appointment.Status.SCHEDULED, STARTS, STARTS)).contains(started);
        assertThat(AppointmentRules.reschedulable(Appointment.Status.SCHEDULED, STARTS, STARTS.plusSeconds(1))).contains(started);
    }

    @Test
    @DisplayName("CMP-1: attendance is recorded once the appointment has started, allowing 5 minutes for a device's clock")
    void attendanceOnceStarted() {
        assertThat(AppointmentRules.attendanceRecordable(STARTS, STARTS)).isEmpty();
        assertThat(AppointmentRules.attendanceRecordable(STARTS, STARTS.plusSeconds(7200))).isEmpty();
        assertThat(AppointmentRules.attendanceRecordable(STARTS, STARTS.minusSeconds(300))).isEmpty();
        assertThat(AppointmentRules.attendanceRecordable(STARTS, STARTS.minusSeconds(301))).contains(Violation.ofField("attended",
                "attendance is recorded once the appointment has started, at 2026-12-24T10:00:00Z"));
    }
}
