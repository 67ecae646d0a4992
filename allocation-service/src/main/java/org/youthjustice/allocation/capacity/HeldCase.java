package org.youthjustice.allocation.capacity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A case a worker holds, as case manager, co-worker or restorative justice worker, with what weighs it in their caseload (ALC-1):
 * its kind (the order type, or a PSR, Crown Court tracking or intervention) and its RoSH and SaW.
 */
@Entity
@Table(name = "held_case")
public class HeldCase extends TenantOwned {
    public enum Role {
        CASE_MANAGER, CO_WORKER,
        /** A restorative justice worker alongside the case manager (ALC-11): not weighed in caseloads. */
        RJ_WORKER;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    @Id
    public UUID id;
    public UUID workerId;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Role role;
    /** The order type's wire name, or psr, crown-court-tracking, intervention-referral. */
    public String kind;
    @Enumerated(EnumType.STRING)
    public RiskLevel rosh;
    @Enumerated(EnumType.STRING)
    public RiskLevel saw;
    public Instant heldSince;
    public Instant heldUntil;

    /** The higher of RoSH and SaW, which weighs the case; low while unassessed. */
    public RiskLevel risk() {
        RiskLevel r = rosh == null ? RiskLevel.LOW : rosh;
        RiskLevel s = saw == null ? RiskLevel.LOW : saw;
        return r.compareTo(s) >= 0 ? r : s;
    }
}
