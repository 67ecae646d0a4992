package org.youthjustice.orders.casework;

import java.util.ArrayList;
import java.util.List;
import org.youthjustice.kernel.child.ChildAge;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

/**
 * When a plan or a review plan meeting meets its milestone. An intervention plan or its review (MIL-6), or a
 * specific intervention's action plan (MIL-15), is co-produced with the child and, for a child under 16
 * copied to the parent/carer; an action plan states its sessions and their span (MIL-15). A review
 * plan meeting is attended by the child and the parent/carer (MIL-7).
 */
public final class PlanRules {
    private PlanRules() {
    }

    /** MIL-15: an action plan states how many sessions are anticipated and over how many weeks. */
    public static List<Violation> actionPlan(Plans.PlanEntry entry) {
        if (entry.actionPlan() && (entry.sessionsPlanned() == null || entry.spanWeeks() == null)) {
            return List.of(Violation.ofRule("MIL-15", "sessionsPlanned",
                    "an action plan states how many sessions are anticipated and over how many weeks (sessionsPlanned, spanWeeks)"));
        }
        return List.of();
    }

    /** MIL-6 (MIL-15 for an action plan): what stops the plan meeting its milestone; nothing when it does. */
    public static List<String> outstanding(ChildCase childCase, Plan plan) {
        List<String> outstanding = new ArrayList<>();
        // an action plan is shared with the child and family (Nottinghamshire 8.4) as an intervention plan is
        String rule = "action-plan".equals(plan.kind) ? "MIL-15" : "MIL-6";
        if (!plan.coProducedWithChild) {
            outstanding.add(rule + ": the plan is co-produced with the child");
        }
        if (plan.copiedToParentCarerOn == null && ChildAge.at(childCase.dateOfBirth, plan.completedOn).isUnder(16)) {
            outstanding.add(rule + ": the copy to the parent/carer is not recorded (X-6: the child is under 16)");
        }
        return outstanding;
    }

    /** MIL-7: what stops the review plan meeting meeting its milestone; nothing when it does. */
    public static List<String> outstanding(ReviewMeeting meeting) {
        List<String> outstanding = new ArrayList<>();
        if (!meeting.childAttended) {
            outstanding.add("MIL-7: the child attends the review plan meeting");
        }
        if (!meeting.parentCarerAttended) {
            outstanding.add("MIL-7: the parent/carer attends the review plan meeting");
        }
        return outstanding;
    }
}
