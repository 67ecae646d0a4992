package org.youthjustice.allocation.coallocation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** ALC-6: a case's co-allocation to an accountable Band B worker or advanced practitioner, from raised to ended. */
@Entity
@Table(name = "co_allocation")
public class CoAllocation extends TenantOwned {
    public enum Status {
        RAISED, CO_ALLOCATED, ENDED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    public UUID caseManagerId;
    public String reason;
    public Instant raisedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID coWorkerId;
    public Instant coAllocatedAt;
    public LocalDate agreementDueDate;
    public Instant agreementDueAt;
    public String tasks;
    public Instant agreedAt;
    /** The review due now, one time limit per review: counted from the co-allocation or the review before, due by then. */
    public UUID reviewId;
    public Instant reviewFrom;
    public LocalDate nextReviewDueDate;
    public Instant nextReviewDueAt;
    /** Co-allocated to a Band C advanced practitioner: a team manager gives management supervision. */
    public boolean managementSupervision;
    public Instant endedAt;
    public String endedWhere;
    public String endNote;
    public String decidedBy;
    @Version
    public int version;
}
