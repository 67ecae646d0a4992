package org.youthjustice.compliance.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.TimeLimit;
import org.youthjustice.problem.Violation;

/** CMP-6 and CMP-7 once enforcement has started, alone: no service, no database. */
class EnforcementRulesTest {
    /** The compliance meeting's time limit as the default policy sets it. */
    private static final Policy POLICY = Policy.of("test", Map.of("CMP-6", TimeLimit.parse("10 days")));
    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());

    private static LocalDate meetingDue(String missedAtLondon) {
        Instant missed = ZonedDateTime.of(LocalDateTime.parse(missedAtLondon), DeadlineCalculator.LONDON).toInstant();
        return DEADLINES.deadline(POLICY, "CMP-6", missed).dueDate();
    }

    private static Instant london(String at) {
        return ZonedDateTime.of(LocalDateTime.parse(at), DeadlineCalculator.LONDON).toInstant();
    }

    @Test
    @DisplayName("CMP-6: the compliance meeting is arranged within 10 days of the second missed appointment, on the last day too")
    void meetingWithinTenDays() {
        LocalDate due = meetingDue("2026-11-20T16:00");
        assertThat(due).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(EnforcementRules.meetingInTime(london("2026-11-23T10:00"), due)).isEmpty();
        assertThat(EnforcementRules.meetingInTime(london("2026-11-30T23:30"), due)).isEmpty();
    }

    @Test
    @DisplayName("CMP-6: a meeting after the 10th day is refused, by the UK date it falls on")
    void meetingAfterTenDaysIsRefused() {
        LocalDate due = meetingDue("2026-11-20T16:00");
        assertThat(EnforcementRules.meetingInTime(london("2026-12-01T09:00"), due)).contains(Violation.ofRule("CMP-6", "at",
                "the compliance meeting is held within 10 days of the second missed appointment: by 2026-11-30"));
        // 23:30 UTC on the due day is already the next day in London in summer (BST)
        LocalDate summerDue = meetingDue("2026-07-10T16:00");
        assertThat(summerDue).isEqualTo(LocalDate.parse("2026-07-20"));
        assertThat(EnforcementRules.meetingInTime(Instant.parse("2026-07-20T22:30:00Z"), summerDue)).isEmpty();
        assertThat(EnforcementRules.meetingInTime(Instant.parse("2026-07-20T23:30:00Z"), summerDue)).isPresent();
    }

    @Test
    @DisplayName("CMP-6: the 10 days are calendar days: weekends and bank holidays count, and a meeting due on a bank holiday is due that day")
    void tenCalendarDaysOverChristmas() {
        // missed on Friday 18 December 2026; Christmas Day is a Friday, Boxing Day's substitute Monday 28 December
        LocalDate due = meetingDue("2026-12-18T15:00");
        assertThat(due).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(WorkingDayCalendar.englandAndWales().isWorkingDay(due)).isFalse();
        assertThat(EnforcementRules.meetingInTime(london("2026-12-28T11:00"), due)).isEmpty();
        assertThat(EnforcementRules.meetingInTime(london("2026-12-29T11:00"), due)).map(Violation::rule).contains("CMP-6");
    }

    @Test
    @DisplayName("CMP-7: a written breach report can go to a manager for approval; an unwritten one cannot")
    void breachReportIsWrittenFirst() {
        assertThat(EnforcementRules.breachReportWritten("three unacceptable absences; no risk concerns")).isEmpty();
        assertThat(EnforcementRules.breachReportWritten(null)).contains(Violation.ofRule("CMP-7", "report",
                "the breach report is written before a manager approves it"));
    }

    @Test
    @DisplayName("CMP-7: a manager other than its author approves the breach report; its author cannot")
    void approvedByAnotherManager() {
        assertThat(EnforcementRules.approverOtherThanAuthor("case.manager", "team.manager")).isEmpty();
        assertThat(EnforcementRules.approverOtherThanAuthor("team.manager", "team.manager"))
                .contains("a breach report is approved by a manager other than its author");
    }
}
