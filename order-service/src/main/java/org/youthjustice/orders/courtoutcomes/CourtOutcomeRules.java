package org.youthjustice.orders.courtoutcomes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.kernel.child.ChildAge;
import org.youthjustice.orders.sentencing.SentencingRules;
import org.youthjustice.orders.sentencing.Sentencing;
import org.youthjustice.orders.sentencing.WireNames;
import org.youthjustice.problem.Violation;

/**
 * What a court outcome must satisfy before anything is written (ORD-1, ORD-14): a child the youth justice
 * service deals with; the order made with a sentenced outcome and only with one, checked against its
 * type's rules ({@link SentencingRules}); the order a variation, revocation or breach finding is about, and
 * only with those, checked by the order change's own rules. Every violation is returned together.
 */
public final class CourtOutcomeRules {
    /** The outcomes that are about one of the child's orders, and change it. */
    static final Set<CourtOutcome> CHANGES_AN_ORDER = EnumSet.of(CourtOutcome.VARIED, CourtOutcome.REVOKED,
            CourtOutcome.BREACH_FOUND);

    private CourtOutcomeRules() {
    }

    /**
     * Every rule the outcome breaks; none means it may be recorded.
     *
     * @param orderChangeRules the violations of the change the outcome makes to the order it names (the order
     *        change's rules on the order as loaded); asked only when the outcome changes an order and names it
     */
    public static List<Violation> check(CourtOutcomeSubmission submission, Supplier<List<Violation>> orderChangeRules) {
        // only a child of 10 to 17 on the day of the hearing is dealt with by a youth justice service
        List<Violation> violations = new ArrayList<>(ChildAge.youthJurisdiction(
                submission.child().dateOfBirth(), submission.hearingDate(), "child.dateOfBirth"));
        boolean sentenced = submission.outcome() == CourtOutcome.SENTENCED;
        if (sentenced && submission.order() == null) {
            violations.add(Violation.ofRule("ORD-1", "order", "a sentenced outcome carries the order the court made"));
        } else if (!sentenced && submission.order() != null) {
            violations.add(Violation.ofRule("ORD-1", "order", "only a sentenced outcome carries an order"));
        } else if (sentenced && violations.isEmpty()) {
            violations.addAll(SentencingRules.check(submission.order(), sentencing(submission)));
        }
        if (submission.nextHearingDate() != null && !submission.nextHearingDate().isAfter(submission.hearingDate())) {
            violations.add(Violation.ofField("nextHearingDate", "the next hearing is after this one"));
        }
        boolean changesAnOrder = CHANGES_AN_ORDER.contains(submission.outcome());
        if (changesAnOrder && submission.orderChange() == null) {
            violations.add(Violation.ofRule("ORD-1", "orderChange", "a " + WireNames.of(submission.outcome())
                    + " outcome names the order it is about, with the reason"));
        } else if (!changesAnOrder && submission.orderChange() != null) {
            violations.add(Violation.ofRule("ORD-1", "orderChange", "only a variation, revocation or breach finding changes an order"));
        } else if (changesAnOrder) {
            violations.addAll(orderChangeRules.get());
        }
        return violations;
    }

    /** The finding of guilt is taken to be the hearing's date; an offence that is imprisonable counts. */
    static Sentencing sentencing(CourtOutcomeSubmission submission) {
        boolean imprisonable = submission.offences().stream().anyMatch(CourtOutcomeSubmission.OffenceEntry::imprisonable);
        return new Sentencing(submission.child().dateOfBirth(), submission.hearingDate(), imprisonable,
                submission.order().custodyThresholdPassed(), submission.order().persistentOffender());
    }
}
