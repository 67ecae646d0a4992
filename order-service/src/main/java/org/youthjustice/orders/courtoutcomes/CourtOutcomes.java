package org.youthjustice.orders.courtoutcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.cases.ParentCarer;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.orders.sentencing.OrderLifecycle;
import org.youthjustice.orders.sentencing.Sentences;
import org.youthjustice.orders.sentencing.SentencingHearings;
import org.youthjustice.problem.Violation;

/**
 * Records court outcomes (ORD-1): matches the child to a case of the caller's authority — by the
 * court's reference, else by name and date of birth — or opens one, and announces both through the
 * outbox. The same outcome (court reference and hearing date) submitted again is the one recorded.
 */
@ApplicationScoped
public class CourtOutcomes implements SentencingHearings {
    private static final char[] REFERENCE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Sentences sentences;

    @Inject
    CasePlan casePlan;

    @Inject
    Clock clock;

    public record Recorded(Hearing outcome, ChildCase childCase, boolean newCase, boolean duplicate) {
    }

    @Inject
    OrderLifecycle lifecycle;

    @Transactional
    public Recorded record(CourtOutcomeSubmission submission) {
        // ORD-14: every rule is checked before anything is written; any violation refuses the whole outcome
        Optional<Recorded> already = recorded(submission.courtReference(), submission.hearingDate());
        if (already.isPresent()) {
            return already.get();
        }
        Optional<ChildCase> matched = matchCase(submission);
        List<Violation> violations = CourtOutcomeRules.check(submission,
                () -> lifecycle.check(submission.outcome(), submission.orderChange(), matched));
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        ChildCase childCase = matched.orElseGet(() -> openCase(submission.child()));
        matched.ifPresent(known -> refreshChild(known, submission));

        Hearing outcome = new Hearing();
        outcome.id = UUID.randomUUID();
        outcome.caseId = childCase.id;
        outcome.courtName = submission.court().name();
        outcome.courtLocation = submission.court().location();
        outcome.courtReference = submission.courtReference();
        outcome.hearingDate = submission.hearingDate();
        outcome.outcome = submission.outcome();
        outcome.crownCourt = submission.court().crownCourt()
                || submission.outcome() == CourtOutcome.COMMITTED_TO_CROWN_COURT;
        outcome.outOfArea = submission.court().outOfArea();
        outcome.nextHearingDate = submission.nextHearingDate();
        outcome.recordedAt = clock.instant();
        outcome.recordedBy = caller.username();
        submission.offences().forEach(entry -> {
            Offence offence = new Offence();
            offence.description = entry.description();
            offence.imprisonable = entry.imprisonable();
            outcome.offences.add(offence);
        });
        entityManager.persist(outcome);

        outbox.record(new CourtOutcomeRecorded(outcome.id, outcome.courtName, outcome.hearingDate, outcome.outcome,
                outcome.crownCourt, submission.orderChange() == null ? null : submission.orderChange().orderId()), childCase.id);
        if (outcome.outcome == CourtOutcome.COMMITTED_TO_CROWN_COURT) {
            casePlan.committedToCrownCourt(childCase.id, outcome.hearingDate);
        } else if (outcome.crownCourt) {
            casePlan.crownCourtDealtWith(childCase.id, outcome.hearingDate, outcome.recordedBy);
        }
        if (submission.orderChange() != null) {
            lifecycle.apply(outcome.outcome, submission.orderChange(), outcome.id, outcome.hearingDate);
        }
        if (submission.order() != null) {
            CourtOrder order = sentences.make(submission.order(), CourtOutcomeRules.sentencing(submission), childCase.id,
                    outcome.id, submission.hearingDate());
            casePlan.orderMade(childCase.id, order.id, order.orderType, submission.hearingDate(), order.startDate, order.endDate,
                    submission.court().yjsCourtOfficerPresent());
        }
        audit.record("court-outcome.recorded", "case", childCase.id,
                outcome.outcome.name().toLowerCase() + " at " + outcome.courtName + " on " + outcome.hearingDate);
        return new Recorded(outcome, childCase, matched.isEmpty(), false);
    }

    /** The outcome already recorded for this court reference and hearing, if any. */
    @Transactional
    public Optional<Recorded> recorded(String courtReference, java.time.LocalDate hearingDate) {
        return entityManager.createQuery(
                        "from Hearing where courtReference = :reference and hearingDate = :hearing", Hearing.class)
                .setParameter("reference", courtReference)
                .setParameter("hearing", hearingDate)
                .getResultStream().findFirst()
                .map(outcome -> new Recorded(outcome, entityManager.find(ChildCase.class, outcome.caseId), false, true));
    }

    private Optional<ChildCase> matchCase(CourtOutcomeSubmission submission) {
        Optional<ChildCase> byReference = entityManager.createQuery(
                        "select c from ChildCase c where c.id in (select o.caseId from Hearing o where o.courtReference = :reference)",
                        ChildCase.class)
                .setParameter("reference", submission.courtReference())
                .getResultStream().findFirst();
        if (byReference.isPresent()) {
            return byReference;
        }
        CourtOutcomeSubmission.Child child = submission.child();
        return entityManager.createQuery("""
                        from ChildCase where lower(familyName) = lower(:family) and lower(givenName) = lower(:given)
                        and dateOfBirth = :born order by openedAt""", ChildCase.class)
                .setParameter("family", child.familyName().trim())
                .setParameter("given", child.givenName().trim())
                .setParameter("born", child.dateOfBirth())
                .getResultStream().findFirst();
    }

    /**
     * The court knows the child as they are now: a hearing later than any the case has recorded brings the
     * child's current address, locality, looked-after status, gender identity and parents/carers. An older
     * hearing entered late changes nothing. A change allocation needs (gender identity, looked-after
     * status) is audited; the case's name and date of birth, which matched it, stay as they are.
     */
    private void refreshChild(ChildCase childCase, CourtOutcomeSubmission submission) {
        java.time.LocalDate latest = entityManager.createQuery(
                        "select max(o.hearingDate) from Hearing o where o.caseId = :id", java.time.LocalDate.class)
                .setParameter("id", childCase.id).getSingleResult();
        if (latest != null && !submission.hearingDate().isAfter(latest)) {
            return;
        }
        CourtOutcomeSubmission.Child child = submission.child();
        List<String> changed = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(childCase.lookedAfter, child.lookedAfter())) {
            changed.add("looked-after " + childCase.lookedAfter + " → " + child.lookedAfter());
        }
        if (!java.util.Objects.equals(childCase.genderIdentity, child.genderIdentity())) {
            changed.add("gender identity");
        }
        childCase.lookedAfter = child.lookedAfter();
        childCase.genderIdentity = child.genderIdentity();
        if (child.sexRegisteredAtBirth() != null) {
            childCase.sexRegisteredAtBirth = child.sexRegisteredAtBirth();
        }
        if (child.address() != null) {
            childCase.address = child.address();
        }
        if (child.locality() != null) {
            childCase.locality = child.locality();
        }
        if (child.parentCarers() != null && !child.parentCarers().isEmpty()) {
            childCase.parentCarers.clear();
            child.parentCarers().forEach(entry -> childCase.parentCarers.add(parentCarer(entry)));
        }
        audit.record("case.child-details-updated", "case", childCase.id, "from the hearing of " + submission.hearingDate()
                + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)));
    }

    private static ParentCarer parentCarer(CourtOutcomeSubmission.ParentCarerEntry entry) {
        ParentCarer parentCarer = new ParentCarer();
        parentCarer.name = entry.name();
        parentCarer.relationship = entry.relationship();
        parentCarer.phone = entry.phone();
        parentCarer.email = entry.email();
        parentCarer.address = entry.address();
        return parentCarer;
    }

    private ChildCase openCase(CourtOutcomeSubmission.Child child) {
        ChildCase childCase = new ChildCase();
        childCase.id = UUID.randomUUID();
        childCase.reference = newReference();
        childCase.givenName = child.givenName().trim();
        childCase.familyName = child.familyName().trim();
        childCase.dateOfBirth = child.dateOfBirth();
        childCase.genderIdentity = child.genderIdentity();
        childCase.sexRegisteredAtBirth = child.sexRegisteredAtBirth();
        childCase.lookedAfter = child.lookedAfter();
        childCase.address = child.address();
        childCase.locality = child.locality();
        childCase.status = ChildCase.Status.OPEN;
        childCase.openedAt = clock.instant();
        if (child.parentCarers() != null) {
            child.parentCarers().forEach(entry -> childCase.parentCarers.add(parentCarer(entry)));
        }
        entityManager.persist(childCase);
        // the rule inputs allocation needs, never the child's name or contact details
        outbox.record(new CaseOpened(childCase.id, childCase.reference, childCase.genderIdentity, childCase.lookedAfter,
                childCase.locality), childCase.id);
        audit.record("case.opened", "case", childCase.id);
        return childCase;
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder("YJ-").append(Year.now(clock)).append('-');
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_CHARACTERS[random.nextInt(REFERENCE_CHARACTERS.length)]);
        }
        return reference.toString();
    }

    /** The hearing an order was made at (X-5: the child's age is taken at the finding of guilt). */
    @Override
    public SentencingHearings.Sentenced of(UUID outcomeId) {
        Hearing sentence = entityManager.find(Hearing.class, outcomeId);
        return new SentencingHearings.Sentenced(sentence.hearingDate, sentence.offences.stream().anyMatch(o -> o.imprisonable));
    }
}
