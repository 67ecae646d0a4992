package org.youthjustice.compliance.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * The home authority's read-only marker of a case it transferred out (TRF-1): the case's supervision and
 * its records now belong to {@code receivingAuthority}, which the home never reads. Written once, by
 * the transfer's completion, and never changed. Who held the case then reads the marker, as they read the case.
 */
@Entity
@Table(name = "transferred_out_case")
public class TransferredOutCase extends TenantOwned {
    @Id
    public UUID transferId;
    public UUID caseId;
    public LocalDate transferredOn;
    public String receivingAuthority;
    public UUID caseManager;
    public String team;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] coWorkers = new UUID[0];
    public Instant recordedAt;

    public CaseHolding holding() {
        return new CaseHolding(caseManager, coWorkers, team);
    }

    /** The answer to a change the home asks for on the case: 409, naming where it went. */
    public String refusal() {
        return "case " + caseId + " was transferred out to " + receivingAuthority + " on " + transferredOn + " (transfer "
                + transferId + "): its supervision is " + receivingAuthority + "'s now, and your authority's record of it is read-only";
    }
}
