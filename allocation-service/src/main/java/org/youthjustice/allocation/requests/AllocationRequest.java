package org.youthjustice.allocation.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.allocations.AllocationKind;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A case waiting for a worker in a team, due by the authority's policy: an order made, a PSR asked for,
 * a committal to the Crown Court (MIL-14: 48 hours), an accepted intervention referral, a case transferred in
 * from another authority (TRF-1). Allocated once; two managers deciding at once: the first stands. Closed,
 * with the reason, when the case leaves the authority before it is allocated.
 */
@Entity
@Table(name = "allocation_request")
public class AllocationRequest extends TenantOwned {
    public enum Status {
        OPEN, ALLOCATED,
        /** No longer waiting, never allocated: the case left the authority (transferred out, TRF-1); see the reason. */
        CLOSED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public AllocationKind kind;
    public UUID orderId;
    /** The accepted intervention referral this request answers (MIL-15). */
    public UUID referralId;
    /** What weighs the case in a caseload: the order type's wire name, or the request's kind. */
    public String caseKind;
    public String team;
    /** The moment its time limit is counted from: the order, the hearing, the transfer's completion. */
    public Instant triggeredAt;
    public LocalDate dueDate;
    public Instant dueAt;
    public String policyVersion;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** ALC-4: the case manager's gender the child asked for, after the discussion noted. */
    public String childPreference;
    public String preferenceNote;
    public Instant requestedAt;
    /** The transfer between authorities that brought the case here (TRF-1), and the authority it came from. */
    public UUID transferId;
    public String transferredFrom;
    /** Why the request was raised, where its kind does not say it all (a case transferred in). */
    public String reason;
    public String closedReason;
    public Instant closedAt;
    @Version
    public int version;
}
