package org.youthjustice.orders.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * The home authority's closed record of a case it transferred out (TRF-1): the child as the home knew them,
 * who held the case there, the transfer, and a snapshot of what the home held when the case left. The case
 * itself is the receiving authority's from then on; this record is the home's, and read-only: it is
 * written once, by the completion of the transfer, and never changed.
 */
@Entity
@Immutable
@Table(name = "transferred_out_case")
public class TransferredOutCase extends TenantOwned {
    /** How the home authority's period with the case closed. */
    public static final String TRANSFERRED_OUT = "transferred-out";

    @Id
    public UUID transferId;
    public UUID caseId;
    public String reference;
    public String givenName;
    public String familyName;
    public LocalDate dateOfBirth;
    public Instant openedAt;
    public UUID caseManager;
    public String team;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] coWorkers = new UUID[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] teams = new String[0];
    public String receivingAuthority;
    public LocalDate formalTransferDate;
    public Instant closedAt;
    public String closedAs;
    /** What the home held at that moment, as the case file wrote it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String snapshot;

    /** Who held the case in the home authority when it left: they, and the roles reading every case, still read it. */
    public CaseHolding holding() {
        return new CaseHolding(caseManager, coWorkers, team);
    }
}
