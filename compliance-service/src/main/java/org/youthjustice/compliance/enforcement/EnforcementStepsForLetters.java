package org.youthjustice.compliance.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.compliance.letters.StepsCallingForLetters;

/** Enforcement answers what letters asks of the steps that called for them, in the caller's transaction. */
@ApplicationScoped
public class EnforcementStepsForLetters implements StepsCallingForLetters {
    @Inject
    EntityManager entityManager;

    @Override
    public UUID absenceOf(UUID stepId) {
        return entityManager.find(EnforcementStep.class, stepId).absenceId;
    }

    @Override
    public Optional<Meeting> complianceMeetingFor(UUID absenceId) {
        return entityManager.createQuery("from EnforcementStep where absenceId = :absence and step = :meeting", EnforcementStep.class)
                .setParameter("absence", absenceId).setParameter("meeting", EscalationPolicy.Step.COMPLIANCE_MEETING.wireName())
                .getResultStream().filter(s -> s.meetingAt != null).findFirst()
                .map(s -> new Meeting(s.meetingAt, s.meetingPlace));
    }
}
