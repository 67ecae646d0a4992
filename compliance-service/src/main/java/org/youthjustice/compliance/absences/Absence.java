package org.youthjustice.compliance.absences;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.compliance.EvidenceKind;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A missed appointment (CMP-2 to CMP-4): followed up within 1 working day, then judged acceptable (with
 * written evidence, or once per order by exception) or unacceptable. Evidence arriving later makes an
 * unacceptable absence acceptable.
 */
@Entity
@Table(name = "absence")
public class Absence extends TenantOwned {
    public enum Judgement {
        AWAITING, ACCEPTABLE, UNACCEPTABLE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return this == AWAITING ? "awaiting-judgement" : name().toLowerCase();
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public UUID appointmentId;
    public Instant missedAt;
    public LocalDate followUpDueDate;
    public Instant followUpDueAt;
    public String followUpPolicyVersion;
    /** The time limit the follow-up was due under (null for absences recorded before it was kept). */
    public String followUpTimeLimit;
    public String followUpKind;
    public Instant followedUpAt;
    public String followedUpBy;
    public String followUpNote;
    @Enumerated(EnumType.STRING)
    public Judgement judgement;
    @Enumerated(EnumType.STRING)
    public EvidenceKind evidenceKind;
    public String evidenceDescription;
    public LocalDate evidenceReceivedOn;
    public boolean exceptionUsed;
    public String exceptionRationale;
    public String verbalWarning;
    public String judgedBy;
    public Instant judgedAt;
    /** Two people judging the same absence at once: one wins, the other is told (409). */
    @Version
    public int version;
}
