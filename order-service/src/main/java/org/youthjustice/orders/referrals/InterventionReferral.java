package org.youthjustice.orders.referrals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A referral for a specific intervention (Nottinghamshire §8), or a My Futures offer after magistrates'
 * court screening (§10, MIL-16), and the manager's decision on it. Accepted, it asks allocation-service
 * for a worker; MIL-15 runs from that allocation.
 */
@Entity
@Table(name = "intervention_referral")
public class InterventionReferral extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public String programme;
    public String referrer;
    public String reason;
    public LocalDate receivedOn;
    public String decision;
    public LocalDate decidedOn;
    public String decidedBy;
    public String team;
    public UUID screeningId;
    public Instant allocatedAt;
    public Instant recordedAt;

    public boolean accepted() {
        return "accepted".equals(decision);
    }
}
