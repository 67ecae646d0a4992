package org.youthjustice.victims.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.victims.VictimConsentRecorded;
import org.youthjustice.events.victims.VictimConsentWithdrawn;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.victims.cases.VictimCases;
import org.youthjustice.victims.cases.VictimCase;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.Victims;

/**
 * Consent to contact (VIC-2, VIC-9): recorded with its source and date, withdrawn at any time (an opt-out closes every
 * open contact task at once) and given again (opting back in). allocation-service hears of each change, by
 * pseudonymous reference only, to bring a restorative justice worker onto the case (ALC-11).
 */
@ApplicationScoped
public class Consents {
    @Inject
    EntityManager entityManager;

    @Inject
    Victims victims;

    @Inject
    VictimCases cases;

    @Inject
    ContactTasks tasks;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataAccess access;

    @Inject
    Clock clock;

    public record ConsentEntry(@NotNull Boolean consentToContact, @NotNull ConsentSource source, @NotNull @PastOrPresent LocalDate givenOn) {
    }

    public record ConsentView(boolean consentToContact, ConsentSource source, LocalDate givenOn, Instant recordedAt, String recordedBy) {
    }

    /** The victim's first consent decision, recorded with the victim (intake). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void first(Victim victim, ConsentEntry entry) {
        history(victim, entry);
        announce(victim);
        if (victim.consentToContact) {
            firstContactIfSentenced(victim, "the victim's referral with consent to contact");
        }
    }

    /** A change of mind: withdrawal (opt-out) or opting back in; the same answer again is kept in the history only. */
    @Transactional
    public Victim record(UUID victimId, ConsentEntry entry) {
        Victim victim = victims.requireActive(victimId);
        boolean changed = victim.consentToContact != entry.consentToContact();
        history(victim, entry);
        if (!changed) {
            return victim;
        }
        victim.consentToContact = entry.consentToContact();
        if (victim.consentToContact) {
            announce(victim);
            firstContactIfSentenced(victim, "the victim opting back in on " + entry.givenOn());
        } else {
            int closed = tasks.closeAll(victim.id, "the victim opted out of contact on " + entry.givenOn() + " (VIC-9)");
            outbox.record(new VictimConsentWithdrawn(victim.id.toString(), victim.caseId), victim.caseId);
            audit.record("victim.opted-out", PersonalDataAccess.RECORD_TYPE, victim.id, closed + " open contact task(s) closed (VIC-9)");
        }
        return victim;
    }

    private void history(Victim victim, ConsentEntry entry) {
        ConsentRecord record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.victimId = victim.id;
        record.consentToContact = entry.consentToContact();
        record.source = entry.source();
        record.givenOn = entry.givenOn();
        record.recordedAt = clock.instant();
        record.recordedBy = access.who();
        entityManager.persist(record);
        audit.record(entry.consentToContact() ? "victim.consent-given" : "victim.consent-withheld", PersonalDataAccess.RECORD_TYPE,
                victim.id, "source " + record.source.wireName() + ", given on " + entry.givenOn() + " (VIC-2)");
    }

    private void announce(Victim victim) {
        outbox.record(new VictimConsentRecorded(victim.id.toString(), victim.caseId, victim.consentToContact, victim.directVictim),
                victim.caseId);
    }

    /**
     * VIC-1: a sentenced case's consenting victim is owed the first contact from the sentence, or from now when the
     * consent came after it (the sentence's clock cannot have run for a victim who had not agreed to be contacted).
     */
    private void firstContactIfSentenced(Victim victim, String trigger) {
        VictimCase victimCase = cases.require(victim.caseId);
        if (victimCase.sentencedOn == null) {
            return; // order.made opens it
        }
        Instant sentenced = victimCase.sentencedOn.atStartOfDay(Moments.UK).toInstant();
        Instant now = clock.instant();
        tasks.openFirstContact(victim, sentenced.isAfter(now) ? sentenced : now,
                trigger + " after the sentence on " + victimCase.sentencedOn);
    }

    public List<ConsentView> history(UUID victimId) {
        victims.require(victimId);
        return entityManager.createQuery("from ConsentRecord where victimId = :victim order by recordedAt", ConsentRecord.class)
                .setParameter("victim", victimId).getResultStream()
                .map(r -> new ConsentView(r.consentToContact, r.source, r.givenOn, r.recordedAt, r.recordedBy))
                .toList();
    }
}
