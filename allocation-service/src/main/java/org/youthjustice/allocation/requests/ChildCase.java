package org.youthjustice.allocation.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A child's case as allocation knows it from order-service's events: only the rule inputs (gender
 * identity for ALC-3/4, risk for ALC-5/6, MAPPA level for ALC-10), never the child's name or contact details; and who holds it.
 */
@Entity
@Table(name = "child_case")
public class ChildCase extends TenantOwned {
    @Id
    public UUID id;
    public String reference;
    public String genderIdentity;
    public Boolean lookedAfter;
    public String locality;
    @Enumerated(EnumType.STRING)
    public RiskLevel rosh;
    @Enumerated(EnumType.STRING)
    public RiskLevel saw;
    /** The MAPPA management level (1 to 3) of the latest assessment, if the child is managed under MAPPA (ALC-10). */
    public Integer mappaLevel;
    public UUID caseManager;
    public String team;
    @Version
    public int version;
}
