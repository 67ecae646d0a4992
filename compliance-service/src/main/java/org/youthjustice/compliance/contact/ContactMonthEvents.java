package org.youthjustice.compliance.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import org.youthjustice.compliance.appointments.Appointment;
import org.youthjustice.compliance.appointments.Appointments;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.events.compliance.ContactMonthCounted;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.DeadlineCalculator;

/**
 * CMP-9 told to the partnership ({@code contact-month.counted}, read by reporting-service for a case's inspection
 * evidence): each time an attendance is recorded, the month it falls in is counted again against the case's minimum,
 * as {@link ContactFrequencies} counts it for the case's own view, and sent through the outbox in the same transaction.
 */
@ApplicationScoped
public class ContactMonthEvents {
    @Inject
    ContactFrequencies frequencies;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    void attendanceRecorded(@Observes Appointments.AttendanceRecorded recorded) {
        Appointment appointment = recorded.appointment();
        SupervisedCase childCase = entityManager.find(SupervisedCase.class, appointment.caseId);
        SupervisedOrder order = entityManager.find(SupervisedOrder.class, appointment.orderId);
        YearMonth month = YearMonth.from(appointment.startsAt.atZone(DeadlineCalculator.LONDON));
        ContactFrequencies.Minimum minimum = frequencies.minimumFor(childCase);
        frequencies.months(childCase, order, month, month).forEach(counted -> outbox.record(new ContactMonthCounted(order.id,
                month.toString(), minimum.level(), counted.minimum(), counted.planned(), counted.attended(), counted.missed(),
                counted.shortfall()), childCase.id));
    }
}
