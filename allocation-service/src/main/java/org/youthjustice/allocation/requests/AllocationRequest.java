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
 * A case waiting for a case manager in a team, due by the authority's policy: an order made (and, to
 * come, a PSR, a Crown Court committal, an accepted intervention referral). Allocated once; two managers
 * deciding at once: the first stands.
 */
@Entity
@Table(name = "allocation_request")
public class AllocationRequest extends TenantOwned {
    public enum Status {
        OPEN, ALLOCATED;

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
    /** What weighs the case in a caseload: the order type's wire name, or the request's kind. */
    public String caseKind;
    public String team;
    public LocalDate dueDate;
    public Instant dueAt;
    public String policyVersion;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** ALC-4: the case manager's gender the child asked for, after the discussion noted. */
    public String childPreference;
    public String preferenceNote;
    public Instant requestedAt;
    @Version
    public int version;
}
