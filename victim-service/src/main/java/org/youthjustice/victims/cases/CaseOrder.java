package org.youthjustice.victims.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** An order of a victim's case: in force until completed or revoked (the case closes with its last, VIC-10). */
@Entity
@Table(name = "case_order")
public class CaseOrder extends TenantOwned {
    @Id
    public UUID orderId;
    public UUID caseId;
    public boolean inForce;
    public LocalDate endedOn;
}
