package org.youthjustice.victims.victims;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** VIC-5: a risk to a specific victim, flagged to the case manager by code. */
@Entity
@Table(name = "victim_risk")
public class VictimRisk extends TenantOwned {
    @Id
    public UUID id;
    public UUID victimId;
    public UUID caseId;
    public String flag;
    public Instant flaggedAt;
    public String flaggedBy;
}
