package org.youthjustice.victims.victims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.victims.cases.VictimCase;
import org.youthjustice.victims.personaldata.PersonalDataAccess;

/** A case's victims: recorded, their details opened with a reason and corrected, always audited (VIC-4, X-4). */
@ApplicationScoped
public class Victims {
    @Inject
    EntityManager entityManager;

    @Inject
    VictimSeal seal;

    @Inject
    PersonalDataAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The victim, in the unit of work's authority; 404 otherwise. */
    public Victim require(UUID victimId) {
        Victim victim = victimId == null ? null : entityManager.find(Victim.class, victimId);
        if (victim == null) {
            throw ProblemException.notFound("victim " + victimId);
        }
        return victim;
    }

    /** The victim, not yet erased: what is erased cannot be worked on (409). */
    public Victim requireActive(UUID victimId) {
        Victim victim = require(victimId);
        if (victim.erased()) {
            throw ProblemException.conflict("the victim's personal data was erased after the retention period (VIC-10): "
                    + "only the pseudonymous reference remains");
        }
        return victim;
    }

    public List<Victim> ofCase(UUID caseId) {
        return entityManager.createQuery("from Victim where caseId = :case order by createdAt", Victim.class)
                .setParameter("case", caseId).getResultList();
    }

    public Optional<Victim> byPoliceReference(String policeReference) {
        return entityManager.createQuery("from Victim where policeReference = :reference", Victim.class)
                .setParameter("reference", policeReference).getResultStream().findFirst();
    }

    /** A new victim of the case, sealed; consent is recorded beside it (contact.Consents). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Victim record(VictimCase victimCase, VictimDetails details, boolean directVictim, boolean consentToContact,
            String referredBy, String policeReference) {
        List<org.youthjustice.problem.Violation> violations = VictimRules.details(details, Moments.ukToday(clock), "details");
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Victim victim = new Victim();
        victim.id = UUID.randomUUID();
        victim.caseId = victimCase.caseId;
        victim.directVictim = directVictim;
        victim.consentToContact = consentToContact;
        victim.referredBy = referredBy;
        victim.policeReference = policeReference;
        victim.createdAt = clock.instant();
        seal.seal(victim, new VictimSeal.Sealed(details, null, null));
        entityManager.persist(victim);
        audit.record("victim.recorded", PersonalDataAccess.RECORD_TYPE, victim.id, "referred by " + referredBy);
        return victim;
    }

    /** The victim's details, opened for {@code reason} and audited (VIC-4). */
    @Transactional
    public VictimDetails open(UUID victimId, String reason) {
        Victim victim = requireActive(victimId);
        access.opened(victim.id, "details", reason);
        return seal.open(victim).details();
    }

    /** Corrected details, sealed again; the correction is audited, not its content. */
    @Transactional
    public Victim correct(UUID victimId, VictimDetails details) {
        Victim victim = requireActive(victimId);
        List<org.youthjustice.problem.Violation> violations = VictimRules.details(details, Moments.ukToday(clock), "");
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        seal.seal(victim, seal.open(victim).withDetails(details));
        audit.record("victim.details-corrected", PersonalDataAccess.RECORD_TYPE, victim.id);
        return victim;
    }
}
