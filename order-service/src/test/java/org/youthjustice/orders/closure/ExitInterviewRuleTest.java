package org.youthjustice.orders.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.problem.Violation;

class ExitInterviewRuleTest {
    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());
    private static final Policy DEFAULT_POLICY = PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham");

    /** The last day for the interview after the final session, as the case plan works it out under {@code policy}. */
    private static LocalDate latestInterviewOn(Policy policy, LocalDate finalSessionOn) {
        return DEADLINES.deadline(policy, Step.EXIT_INTERVIEW.policyKey(), finalSessionOn.atStartOfDay(DeadlineCalculator.LONDON)
                .toInstant()).dueDate();
    }

    private static ExitInterview arrangedFor(LocalDate interviewOn) {
        ExitInterview interview = new ExitInterview();
        interview.finalSessionOn = interviewOn.minusDays(2);
        interview.interviewOn = interviewOn;
        return interview;
    }

    @Test
    @DisplayName("MIL-11: the exit interview is arranged for the day of the final session or within 5 days of it")
    void theInterviewIsWithin5DaysOfTheFinalSession() {
        LocalDate finalSession = LocalDate.of(2026, 11, 23);
        LocalDate latest = finalSession.plusDays(5);

        assertThat(ExitInterviewRule.arrangement(finalSession, finalSession, latest)).isEmpty();
        assertThat(ExitInterviewRule.arrangement(finalSession, latest, latest)).isEmpty();
        assertThat(ExitInterviewRule.arrangement(finalSession, latest.plusDays(1), latest)).containsExactly(Violation.ofRule("MIL-11",
                "interviewOn", "the exit interview takes place within 5 days of the final session: by 2026-11-28"));
    }

    @Test
    @DisplayName("MIL-11: the exit interview follows the final session")
    void theInterviewFollowsTheFinalSession() {
        LocalDate finalSession = LocalDate.of(2026, 11, 23);

        assertThat(ExitInterviewRule.arrangement(finalSession, finalSession.minusDays(1), finalSession.plusDays(5)))
                .containsExactly(Violation.ofRule("MIL-11", "interviewOn", "the exit interview follows the final session"));
    }

    @Test
    @DisplayName("MIL-11: the default 5 days are calendar days: a weekend and the Christmas bank holidays count")
    void the5DaysAreCalendarDaysByDefault() {
        // Thursday 24 December 2026: Christmas Day (Friday), the weekend and Boxing Day's substitute (Monday 28th) all count
        LocalDate finalSession = LocalDate.of(2026, 12, 24);
        LocalDate latest = latestInterviewOn(DEFAULT_POLICY, finalSession);

        assertThat(latest).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(ExitInterviewRule.arrangement(finalSession, LocalDate.of(2026, 12, 29), latest)).isEmpty();
        assertThat(ExitInterviewRule.arrangement(finalSession, LocalDate.of(2026, 12, 30), latest)).extracting(Violation::rule)
                .containsExactly("MIL-11");
    }

    @Test
    @DisplayName("MIL-11: an authority that counts working days skips the weekend and the bank holidays")
    void anAuthorityThatCountsWorkingDaysSkipsWeekendsAndBankHolidays() {
        Policy workingDays = PolicyCatalogue.withDefaults(Map.of("nottinghamshire",
                Map.of(Step.EXIT_INTERVIEW.policyKey(), "5 working-days"))).policyOf("nottinghamshire");
        // from Thursday 24 December 2026: 29, 30, 31 December, then (1 January a bank holiday, then a weekend) 4 and 5 January
        LocalDate finalSession = LocalDate.of(2026, 12, 24);
        LocalDate latest = latestInterviewOn(workingDays, finalSession);

        assertThat(latest).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(ExitInterviewRule.arrangement(finalSession, LocalDate.of(2027, 1, 5), latest)).isEmpty();
        assertThat(ExitInterviewRule.arrangement(finalSession, LocalDate.of(2027, 1, 6), latest)).containsExactly(Violation.ofRule(
                "MIL-11", "interviewOn", "the exit interview takes place within 5 days of the final session: by 2027-01-05"));
    }

    @Test
    @DisplayName("MIL-11: the completion letter is handed over at the interview, so only once the interview is recorded held")
    void theCompletionLetterFollowsTheInterview() {
        ExitInterview interview = arrangedFor(LocalDate.of(2026, 11, 25));

        assertThat(ExitInterviewRule.letterHandedOver(interview)).containsExactly(Violation.ofRule("MIL-11", "handedOverOn",
                "the completion letter is handed over at the exit interview; record the interview held first"));
        interview.heldOn = LocalDate.of(2026, 11, 25);
        assertThat(ExitInterviewRule.letterHandedOver(interview)).isEmpty();
    }

    @Test
    @DisplayName("MIL-11: the interview is outstanding until held, then the completion letter until handed over")
    void whatIsOutstanding() {
        ExitInterview interview = arrangedFor(LocalDate.of(2026, 11, 25));

        assertThat(ExitInterviewRule.outstanding(interview)).containsExactly("MIL-11: the exit interview is held by 2026-11-25");
        interview.heldOn = LocalDate.of(2026, 11, 25);
        assertThat(ExitInterviewRule.outstanding(interview)).containsExactly(
                "MIL-11: the completion letter, with guidance on spent convictions, is handed to the child");
        interview.completionLetterHandedOverOn = LocalDate.of(2026, 11, 26);
        assertThat(ExitInterviewRule.outstanding(interview)).isEmpty();
    }
}
