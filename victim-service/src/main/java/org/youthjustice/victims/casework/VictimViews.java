package org.youthjustice.victims.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.victims.contact.ContactTasks;
import org.youthjustice.victims.restorative.RestorativeWork;
import org.youthjustice.victims.victims.RiskFlags;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimRisk;

/** A victim without personal data: the reference, consent, restorative work, tasks and flags (VIC-4). */
@ApplicationScoped
public class VictimViews {
    @Inject
    ContactTasks tasks;

    @Inject
    RiskFlags riskFlags;

    public record VictimView(UUID victimRef, UUID caseId, boolean directVictim, String referredBy, boolean consentToContact,
            RestorativeWork.RestorativeView restorative, List<ContactTasks.TaskView> tasks, List<String> riskFlags,
            Instant recordedAt, Instant erasedAt) {
    }

    public VictimView of(Victim victim) {
        return new VictimView(victim.id, victim.caseId, victim.directVictim, victim.referredBy, victim.consentToContact,
                RestorativeWork.view(victim), tasks.of(victim.id).stream().map(tasks::view).toList(),
                riskFlags.of(victim.id).stream().map((VictimRisk r) -> r.flag).toList(), victim.createdAt, victim.erasedAt);
    }
}
