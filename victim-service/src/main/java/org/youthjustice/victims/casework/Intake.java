package org.youthjustice.victims.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.cases.VictimCase;
import org.youthjustice.victims.cases.VictimCases;
import org.youthjustice.victims.contact.ConsentSource;
import org.youthjustice.victims.contact.Consents;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimDetails;
import org.youthjustice.victims.victims.VictimRules;
import org.youthjustice.victims.victims.Victims;

/**
 * Victims arrive from the police partner (VIC-9: only where the victim did not ask the police not to pass their
 * details) or are entered by a restorative justice worker, each with their first consent decision (VIC-2).
 */
@ApplicationScoped
public class Intake {
    @Inject
    VictimCases cases;

    @Inject
    Victims victims;

    @Inject
    Consents consents;

    /** A victim as the youth justice service enters them. */
    public record VictimEntry(@NotNull @Valid VictimDetails details, @NotNull Boolean directVictim,
            @NotNull @Valid Consents.ConsentEntry consent) {
    }

    /** A victim as the police pass them: the police's own reference makes a repeated referral one. */
    public record Referral(@NotNull UUID caseId, @NotBlank @Size(max = 100) String policeReference,
            @NotNull Boolean victimAskedNotToShare, @NotNull @Valid VictimDetails details, @NotNull Boolean directVictim,
            @NotNull Boolean consentToContact, @NotNull @jakarta.validation.constraints.PastOrPresent java.time.LocalDate consentGivenOn) {
    }

    public record Received(Victim victim, boolean created) {
    }

    @Transactional
    public Received refer(Referral referral) {
        List<Violation> violations = VictimRules.policeMayPass(referral.victimAskedNotToShare());
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        VictimCase victimCase = cases.require(referral.caseId());
        String reference = referral.policeReference().trim();
        Victim known = victims.byPoliceReference(reference).orElse(null);
        if (known != null) {
            if (!known.caseId.equals(victimCase.caseId)) {
                throw ProblemException.conflict(Violation.ofField("policeReference",
                        "this police reference was referred for another case"));
            }
            return new Received(known, false);
        }
        Victim victim = victims.record(victimCase, referral.details(), referral.directVictim(), referral.consentToContact(),
                "police", reference);
        consents.first(victim, new Consents.ConsentEntry(referral.consentToContact(), ConsentSource.POLICE, referral.consentGivenOn()));
        return new Received(victim, true);
    }

    @Transactional
    public Victim enter(UUID caseId, VictimEntry entry) {
        VictimCase victimCase = cases.require(caseId);
        Victim victim = victims.record(victimCase, entry.details(), entry.directVictim(), entry.consent().consentToContact(),
                "yjs", null);
        consents.first(victim, entry.consent());
        return victim;
    }
}
