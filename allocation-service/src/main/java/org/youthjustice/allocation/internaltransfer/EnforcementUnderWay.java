package org.youthjustice.allocation.internaltransfer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** An order of the case under enforcement, from compliance's enforcement.started until enforcement.finished. */
@Entity
@Table(name = "enforcement_under_way")
public class EnforcementUnderWay extends TenantOwned {
    @Id
    public UUID orderId;
    public UUID caseId;
    public String reason;
    public Instant since;
}
