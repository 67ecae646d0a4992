package org.youthjustice.allocation.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A manager's allocation with its evidence (ALC-12): every candidate considered with their capacity and
 * the rules applied to each, those left out and why, the worker chosen, any rules overridden and the
 * rationale. Kept as it was when decided.
 */
@Entity
@Table(name = "allocation_decision")
public class AllocationDecision extends TenantOwned {
    @Id
    public UUID id;
    public UUID requestId;
    public UUID caseId;
    public UUID workerId;
    /** ALC-11: the restorative justice worker allocated alongside, where a direct victim consented. */
    public UUID rjWorkerId;
    /** ALC-7: a student working the case beside the case manager, their accountable primary worker. */
    public UUID studentId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] rulesOverridden;
    public String rationale;
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;
    public String decidedBy;
    public Instant decidedAt;
}
