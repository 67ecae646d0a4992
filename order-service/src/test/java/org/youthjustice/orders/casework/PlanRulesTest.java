package org.youthjustice.orders.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

class PlanRulesTest {
    private static final LocalDate COMPLETED = LocalDate.of(2026, 11, 23);

    private static Plans.PlanEntry entry(String kind, Integer sessionsPlanned, Integer spanWeeks) {
        return new Plans.PlanEntry(kind, COMPLETED, true, null, null, sessionsPlanned, spanWeeks);
    }

    /** A child who turns {@code age} on the day the plan is completed. */
    private static ChildCase turning(int age) {
        ChildCase childCase = new ChildCase();
        childCase.dateOfBirth = COMPLETED.minusYears(age);
        return childCase;
    }

    private static Plan plan(String kind, boolean coProducedWithChild, LocalDate copiedToParentCarerOn) {
        Plan plan = new Plan();
        plan.kind = kind;
        plan.completedOn = COMPLETED;
        plan.coProducedWithChild = coProducedWithChild;
        plan.copiedToParentCarerOn = copiedToParentCarerOn;
        return plan;
    }

    private static ReviewMeeting meeting(boolean childAttended, boolean parentCarerAttended) {
        ReviewMeeting meeting = new ReviewMeeting();
        meeting.heldOn = COMPLETED;
        meeting.childAttended = childAttended;
        meeting.parentCarerAttended = parentCarerAttended;
        return meeting;
    }

    @ParameterizedTest(name = "MIL-15: an action plan of {0} sessions over {1} weeks may be recorded: {2}")
    @CsvSource({ "6, 8, true", ", 8, false", "6, , false", ", , false" })
    @DisplayName("MIL-15: an action plan states how many sessions are anticipated and over how many weeks")
    void anActionPlanStatesItsSessionsAndSpan(Integer sessionsPlanned, Integer spanWeeks, boolean allowed) {
        if (allowed) {
            assertThat(PlanRules.actionPlan(entry("action-plan", sessionsPlanned, spanWeeks))).isEmpty();
        } else {
            assertThat(PlanRules.actionPlan(entry("action-plan", sessionsPlanned, spanWeeks))).containsExactly(Violation.ofRule("MIL-15",
                    "sessionsPlanned",
                    "an action plan states how many sessions are anticipated and over how many weeks (sessionsPlanned, spanWeeks)"));
        }
    }

    @Test
    @DisplayName("MIL-15: an intervention plan or its review states no sessions")
    void otherPlansNeedNoSessions() {
        assertThat(PlanRules.actionPlan(entry("intervention-plan", null, null))).isEmpty();
        assertThat(PlanRules.actionPlan(entry("plan-review", null, null))).isEmpty();
    }

    @Test
    @DisplayName("MIL-6: a plan co-produced with the child and copied to the parent/carer meets its milestone")
    void aCoProducedPlanCopiedToTheParentCarerMeetsItsMilestone() {
        assertThat(PlanRules.outstanding(turning(14), plan("intervention-plan", true, COMPLETED))).isEmpty();
    }

    @Test
    @DisplayName("MIL-6: a plan is co-produced with the child")
    void aPlanIsCoProducedWithTheChild() {
        assertThat(PlanRules.outstanding(turning(16), plan("plan-review", false, null)))
                .containsExactly("MIL-6: the plan is co-produced with the child");
    }

    @Test
    @DisplayName("MIL-6: the copy to the parent/carer is needed for a child under 16 on the day the plan is completed (X-6)")
    void theCopyIsNeededUnder16() {
        ChildCase fifteenTheDayBeforeTheirBirthday = new ChildCase();
        fifteenTheDayBeforeTheirBirthday.dateOfBirth = COMPLETED.minusYears(16).plusDays(1);

        assertThat(PlanRules.outstanding(fifteenTheDayBeforeTheirBirthday, plan("intervention-plan", true, null)))
                .containsExactly("MIL-6: the copy to the parent/carer is not recorded (X-6: the child is under 16)");
        assertThat(PlanRules.outstanding(turning(16), plan("intervention-plan", true, null))).isEmpty();
    }

    @Test
    @DisplayName("MIL-15: an action plan is co-produced and copied as an intervention plan is, under its own rule")
    void anActionPlanIsSharedAsAnInterventionPlanIs() {
        assertThat(PlanRules.outstanding(turning(14), plan("action-plan", false, null))).containsExactly(
                "MIL-15: the plan is co-produced with the child",
                "MIL-15: the copy to the parent/carer is not recorded (X-6: the child is under 16)");
    }

    @Test
    @DisplayName("MIL-7: the child and the parent/carer attend the review plan meeting")
    void theChildAndParentCarerAttendTheReviewMeeting() {
        assertThat(PlanRules.outstanding(meeting(true, true))).isEmpty();
        assertThat(PlanRules.outstanding(meeting(false, true))).containsExactly("MIL-7: the child attends the review plan meeting");
        assertThat(PlanRules.outstanding(meeting(true, false))).containsExactly("MIL-7: the parent/carer attends the review plan meeting");
        assertThat(PlanRules.outstanding(meeting(false, false))).containsExactly("MIL-7: the child attends the review plan meeting",
                "MIL-7: the parent/carer attends the review plan meeting");
    }
}
