package org.youthjustice.transfers.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;

/**
 * A transfer of a case from its home authority to a receiving authority (TRF-1). Deliberately not
 * {@code TenantOwned}: both authorities read it, so Hibernate's per-authority filter would hide it from one of
 * them. {@link TransferAccess} is the one place that decides who may see it (X-1, TRF-13).
 */
@Entity
@Table(name = "transfer")
public class Transfer {
    public enum Status {
        AWAITING_REVIEW, STAYED, REJECTED, ACCEPTED,
        /** A full transfer handed over: the case is the receiving authority's (TRF-1). */
        COMPLETED,
        /** A caretaking that ended: the child returned home, or the case became a full transfer (TRF-2). */
        ENDED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Status after(TransferDecision decision) {
            return switch (decision) {
                case ACCEPTED -> ACCEPTED;
                case STAYED -> STAYED;
                case REJECTED -> REJECTED;
            };
        }
    }

    @Id
    public UUID id;
    public String homeAuthority;
    public String receivingAuthority;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public TransferKind kind;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int currentVersion;
    public LocalDate decidedOn;
    public LocalDate requestDueDate;
    public Instant requestDueAt;
    public String requestPolicy;
    public String requestedBy;
    public Instant requestedAt;
    @Enumerated(EnumType.STRING)
    public TransferDecision lastDecision;
    /** The latest decision's reasons, as a JSON array. */
    public String lastReasons;
    public String lastDecidedBy;
    public Instant lastDecidedAt;
    /** Two reviewers deciding at once, or a re-submission crossing a decision: one wins, the other is told (409). */
    public java.time.LocalDate completedOn;
    public String completedBy;
    public java.time.LocalDate endedOn;
    @Version
    public int version;
}
