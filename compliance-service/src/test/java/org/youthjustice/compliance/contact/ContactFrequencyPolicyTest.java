package org.youthjustice.compliance.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.contact.ContactFrequency.MonthAhead;
import org.youthjustice.compliance.contact.ContactFrequency.Planned;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

class ContactFrequencyPolicyTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** {@code count} appointments in the month, all booked at {@code bookedAt}. */
    private static List<Planned> booked(int count, String bookedAt) {
        return Collections.nCopies(count, new Planned(at("2027-03-15T16:00"), at(bookedAt), false, false));
    }

    @Test
    @DisplayName("CMP-9: a whole month with fewer appointments than the minimum is a shortfall; at the minimum it is not")
    void shortfallAgainstTheMinimum() {
        YearMonth march = YearMonth.of(2027, 3);
        var short1 = ContactFrequency.check(march, march.atDay(1), march.atEndOfMonth(), 4, booked(3, "2027-02-20T10:00"),
                CALENDAR, at("2027-04-01T09:00"));
        assertThat(short1.shortfall()).isTrue();
        assertThat(short1.minimum()).isEqualTo(4);
        assertThat(short1.reason()).isEqualTo("3 appointments planned against a minimum of 4: short by 1");

        var enough = ContactFrequency.check(march, march.atDay(1), march.atEndOfMonth(), 4, booked(4, "2027-02-20T10:00"),
                CALENDAR, at("2027-04-01T09:00"));
        assertThat(enough.shortfall()).isFalse();
        assertThat(enough.planned()).isEqualTo(4);
    }

    @Test
    @DisplayName("CMP-9: a month the order covers in part needs its share of the minimum, rounded up")
    void partMonthsNeedTheirShare() {
        YearMonth april = YearMonth.of(2027, 4);
        // in force from 16 April: 15 of 30 days, so half of 4 (intensive 12 would need 6)
        var check = ContactFrequency.check(april, LocalDate.of(2027, 4, 16), april.atEndOfMonth(), 4, booked(2, "2027-04-10T10:00"),
                CALENDAR, at("2027-05-01T09:00"));
        assertThat(check.daysInForce()).isEqualTo(15);
        assertThat(check.minimum()).isEqualTo(2);
        assertThat(check.shortfall()).isFalse();
        // 10 of 30 days of a minimum of 2: 0.67, rounded up to 1
        assertThat(ContactFrequency.check(april, LocalDate.of(2027, 4, 21), april.atEndOfMonth(), 2, List.of(), CALENDAR,
                at("2027-05-01T09:00")).minimum()).isEqualTo(1);
    }

    @Test
    @DisplayName("MIL-12: a month's appointments are scheduled by the end of its first working day: New Year's Day 2027 is a "
            + "Friday bank holiday, so January's are due by Monday 4 January")
    void monthAheadAfterNewYear() {
        YearMonth january = YearMonth.of(2027, 1);
        var byMonday = ContactFrequency.check(january, january.atDay(1), january.atEndOfMonth(), 2,
                booked(2, "2027-01-04T17:30"), CALENDAR, at("2027-01-20T09:00"));
        assertThat(byMonday.scheduledAheadBy()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(byMonday.monthAhead()).isEqualTo(MonthAhead.MET);

        var onTuesday = ContactFrequency.check(january, january.atDay(1), january.atEndOfMonth(), 2,
                booked(2, "2027-01-05T08:00"), CALENDAR, at("2027-01-20T09:00"));
        assertThat(onTuesday.monthAhead()).isEqualTo(MonthAhead.MISSED);
        assertThat(onTuesday.scheduledByThen()).isZero();
        // late booking is MIL-12 alone: the month still has its contact (CMP-9)
        assertThat(onTuesday.shortfall()).isFalse();

        // on the Saturday 2 January the deadline has not passed yet
        assertThat(ContactFrequency.check(january, january.atDay(1), january.atEndOfMonth(), 2, List.of(), CALENDAR,
                at("2027-01-02T12:00")).monthAhead()).isEqualTo(MonthAhead.DUE);
    }

    @Test
    @DisplayName("MIL-12: over the early May bank holiday weekend (Saturday 1 to Monday 3 May 2027) May's appointments are due "
            + "by Tuesday 4 May; an order starting after that day has no month ahead to schedule for May")
    void monthAheadOverABankHolidayWeekend() {
        YearMonth may = YearMonth.of(2027, 5);
        var check = ContactFrequency.check(may, may.atDay(1), may.atEndOfMonth(), 2, booked(2, "2027-05-04T16:00"), CALENDAR,
                at("2027-05-20T09:00"));
        assertThat(check.scheduledAheadBy()).isEqualTo(LocalDate.of(2027, 5, 4));
        assertThat(check.monthAhead()).isEqualTo(MonthAhead.MET);

        assertThat(ContactFrequency.check(may, LocalDate.of(2027, 5, 10), may.atEndOfMonth(), 2, List.of(), CALENDAR,
                at("2027-05-20T09:00")).monthAhead()).isEqualTo(MonthAhead.NOT_APPLICABLE);
    }
}
