package org.youthjustice.victims.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.victims.VictimContactMade;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.personaldata.FieldCipher;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimSeal;
import org.youthjustice.victims.victims.Victims;

/**
 * The contact log (VIC-1, VIC-8): every attempt and its result. A successful contact does the open task of its
 * purpose; the first contact after sentence is announced as {@code victim-contact.made} with whether it was in time.
 */
@ApplicationScoped
public class ContactLog {
    @Inject
    EntityManager entityManager;

    @Inject
    Victims victims;

    @Inject
    ContactTasks tasks;

    @Inject
    FieldCipher cipher;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataAccess access;

    @Inject
    Clock clock;

    public record AttemptEntry(
            @NotNull TaskPurpose purpose,
            @NotNull Instant attemptedAt,
            @NotNull ContactRules.Method method,
            @NotNull ContactRules.ContactedPerson contactedPerson,
            @NotNull ContactRules.Result result,
            Boolean outcomeTold,
            Boolean supportOffered,
            @Size(max = 4000) String notes) {
    }

    public record AttemptView(UUID id, UUID victimRef, UUID taskId, TaskPurpose purpose, Instant attemptedAt,
            ContactRules.Method method, ContactRules.ContactedPerson contactedPerson, ContactRules.Result result,
            boolean outcomeTold, boolean supportOffered, String notes, String recordedBy, Instant recordedAt) {
    }

    @Transactional
    public ContactAttempt record(UUID victimId, AttemptEntry entry) {
        Victim victim = victims.requireActive(victimId);
        boolean outcomeTold = Boolean.TRUE.equals(entry.outcomeTold());
        boolean supportOffered = Boolean.TRUE.equals(entry.supportOffered());
        List<Violation> violations = ContactRules.attempt(victim.consentToContact, entry.purpose(), entry.result(), outcomeTold,
                supportOffered, entry.contactedPerson(), VictimSeal.hasParentOrGuardian(victim), entry.attemptedAt(), clock.instant());
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        VictimTask task = tasks.open(victim.id, entry.purpose()).orElse(null);
        ContactAttempt attempt = new ContactAttempt();
        attempt.id = UUID.randomUUID();
        attempt.victimId = victim.id;
        attempt.taskId = task == null ? null : task.id;
        attempt.purpose = entry.purpose();
        attempt.attemptedAt = entry.attemptedAt();
        attempt.method = entry.method();
        attempt.contactedPerson = entry.contactedPerson();
        attempt.result = entry.result();
        attempt.outcomeTold = outcomeTold;
        attempt.supportOffered = supportOffered;
        attempt.keyId = cipher.currentKey();
        attempt.notes = cipher.seal(entry.notes(), place(attempt));
        attempt.recordedBy = access.who();
        attempt.recordedAt = clock.instant();
        entityManager.persist(attempt);
        if (task != null && entry.result() == ContactRules.Result.CONTACTED) {
            tasks.done(task, entry.attemptedAt());
            if (task.purpose == TaskPurpose.SENTENCE_OUTCOME) {
                outbox.record(new VictimContactMade(victim.id.toString(), victim.caseId, entry.attemptedAt(),
                        !entry.attemptedAt().isAfter(task.dueAt)), victim.caseId);
            }
        }
        audit.record("victim.contact-recorded", PersonalDataAccess.RECORD_TYPE, victim.id,
                entry.purpose().wireName() + ": " + entry.result().wireName());
        return attempt;
    }

    /** The log with its notes opened, for {@code reason} (VIC-4, audited). */
    @Transactional
    public List<AttemptView> opened(UUID victimId, String reason) {
        Victim victim = victims.requireActive(victimId);
        access.opened(victim.id, "contact-log", reason);
        return of(victim.id).stream().map(a -> view(a, cipher.open(a.keyId, a.notes, place(a)))).toList();
    }

    public List<ContactAttempt> of(UUID victimId) {
        return entityManager.createQuery("from ContactAttempt where victimId = :victim order by attemptedAt", ContactAttempt.class)
                .setParameter("victim", victimId).getResultList();
    }

    public AttemptView view(ContactAttempt a, String notes) {
        return new AttemptView(a.id, a.victimId, a.taskId, a.purpose, a.attemptedAt, a.method, a.contactedPerson, a.result,
                a.outcomeTold, a.supportOffered, notes, a.recordedBy, a.recordedAt);
    }

    /** Sealed again with the current key (key rotation). */
    public void reseal(ContactAttempt attempt) {
        String notes = cipher.open(attempt.keyId, attempt.notes, place(attempt));
        attempt.keyId = cipher.currentKey();
        attempt.notes = cipher.seal(notes, place(attempt));
    }

    /** VIC-10: the note goes with the victim's personal data. */
    public void erase(ContactAttempt attempt) {
        attempt.keyId = null;
        attempt.notes = null;
    }

    static String place(ContactAttempt attempt) {
        return "contact-attempt/" + attempt.id + "/notes";
    }
}
