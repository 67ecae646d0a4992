package org.youthjustice.compliance.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A case as compliance knows it from other services' events: who holds it (case.allocated and its
 * changes) and the scaled approach of its latest assessment (risk.assessed, for CMP-9).
 */
@Entity
@Table(name = "supervised_case")
public class SupervisedCase extends TenantOwned {
    @Id
    public UUID id;
    /** The case's own reference (case.opened), which partners quote back. */
    public String reference;
    public UUID caseManager;
    public String team;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] coWorkers = new UUID[0];
    public Instant allocatedAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public ScaledApproach scaledApproach;

    /**
     * Order- and allocation-service's events reach the case on two consumers at once (risk.assessed and the case's
     * reference from orders, case.allocated from allocations): the second to commit fails on the version and is applied
     * again by the inbox, instead of writing back the first one's columns as it read them.
     */
    @Version
    public int version;

    public CaseHolding holding() {
        return new CaseHolding(caseManager, coWorkers, team);
    }
}
