package org.youthjustice.orders.allocation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** An allocation decision as allocation-service announced it (case.allocated), kept as the case's history. */
@Entity
@Table(name = "case_allocation")
public class CaseAllocation extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    /** The accepted intervention referral this allocation answers (MIL-15), if any. */
    public UUID referralId;
    public UUID caseManager;
    public String band;
    public String team;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] coWorkers;
    public UUID rjWorker;
    public String decidedBy;
    public Instant allocatedAt;
}
