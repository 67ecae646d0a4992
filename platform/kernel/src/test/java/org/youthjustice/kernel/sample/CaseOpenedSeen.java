package org.youthjustice.kernel.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** The sample consumer's effect: how many times it applied case.opened for a case (must be once). */
@Entity
@Table(name = "case_opened_seen")
public class CaseOpenedSeen extends TenantOwned {
    @Id
    public UUID caseId;
    public int applied;
}
