package org.youthjustice.victims.dataprotection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditRecord;
import org.youthjustice.victims.contact.Consents;
import org.youthjustice.victims.contact.ContactLog;
import org.youthjustice.victims.contact.ContactTasks;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.restorative.RestorativeWork;
import org.youthjustice.victims.victims.RiskFlags;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimDetails;
import org.youthjustice.victims.victims.VictimSeal;
import org.youthjustice.victims.victims.Victims;

/**
 * A subject access export (UK GDPR art. 15) of everything victim-service holds about one victim, for the data
 * protection officer to answer the victim: details, consent history, contact log with notes, restorative work with
 * its reasons and wishes, tasks, risk flags, and who opened the record when and why. The export itself is audited.
 */
@ApplicationScoped
public class SubjectAccess {
    @Inject
    Victims victims;

    @Inject
    VictimSeal seal;

    @Inject
    Consents consents;

    @Inject
    ContactLog contactLog;

    @Inject
    ContactTasks tasks;

    @Inject
    RiskFlags riskFlags;

    @Inject
    VictimAudit audit;

    @Inject
    PersonalDataAccess access;

    @Inject
    Clock clock;

    public record Export(String format, Instant exportedAt, String exportedBy, UUID victimRef, UUID caseId, boolean directVictim,
            String referredBy, boolean erased, Instant erasedAt, VictimDetails details, String restorativeReasons,
            String restorativeWishes, RestorativeWork.RestorativeView restorative, List<Consents.ConsentView> consent,
            List<ContactLog.AttemptView> contacts, List<ContactTasks.TaskView> tasks, List<String> riskFlags,
            List<AuditRecord> accessesAndChanges) {
    }

    @Transactional
    public Export export(UUID victimRef, String reason) {
        Victim victim = victims.require(victimRef);
        access.opened(victim.id, "subject-access-export", reason);
        VictimSeal.Sealed sealed = victim.erased() ? null : seal.open(victim);
        List<ContactLog.AttemptView> contacts = victim.erased()
                ? contactLog.of(victim.id).stream().map(a -> contactLog.view(a, null)).toList()
                : contactLog.opened(victim.id, reason);
        return new Export("yj-victim-subject-access/1", clock.instant(), access.who(), victim.id, victim.caseId, victim.directVictim,
                victim.referredBy, victim.erased(), victim.erasedAt, sealed == null ? null : sealed.details(),
                sealed == null ? null : sealed.restorativeReasons(), sealed == null ? null : sealed.restorativeWishes(),
                RestorativeWork.view(victim), consents.history(victim.id), contacts,
                tasks.of(victim.id).stream().map(tasks::view).toList(),
                riskFlags.of(victim.id).stream().map(r -> r.flag).toList(), audit.entries(victim.id, false, 0, 10_000));
    }

}
