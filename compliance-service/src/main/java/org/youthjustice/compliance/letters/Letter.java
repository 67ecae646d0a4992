package org.youthjustice.compliance.letters;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A letter to the child (CMP-11, X-6). A warning's letter is recorded pending with the warning and
 * produced when the case manager asks (it must name the next appointment or the compliance meeting,
 * which may still be to arrange); an appointment letter is produced when asked. Once produced, the PDF
 * is kept with the case and never changes. Names and addresses exist only inside the PDF.
 */
@Entity
@Table(name = "letter")
public class Letter extends TenantOwned {
    public enum Status {
        PENDING, PRODUCED, WITHDRAWN;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    @Enumerated(EnumType.STRING)
    public LetterKind kind;
    public String rule;
    /** The enforcement step whose letter this is (a warning or breach letter). */
    public UUID stepId;
    /** An appointment letter's period. */
    public LocalDate periodFrom;
    public LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String requestedBy;
    public Instant requestedAt;
    public LocalDate letterDate;
    public String templateVersion;
    public Integer parentCarersCopied;
    /** Why it went to whom, without names. */
    public String addressing;
    public UUID nextAppointmentId;
    public Instant meetingAt;
    public String producedBy;
    public Instant producedAt;
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;
    @Version
    public int version;
}
