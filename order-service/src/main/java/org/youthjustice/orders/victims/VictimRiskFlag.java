package org.youthjustice.orders.victims;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** A risk to a specific victim, as victim-service flags it: a code, never the victim's details (VIC-4, VIC-5). */
@Entity
@Table(name = "victim_risk_flag")
public class VictimRiskFlag extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public String flag;
    public Instant flaggedAt;
}
