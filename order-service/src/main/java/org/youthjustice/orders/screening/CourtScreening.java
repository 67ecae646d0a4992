package org.youthjustice.orders.screening;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One magistrates' court tracking screen of an adjourned hearing (MIL-16): the answers, the decision and its reasons. */
@Entity
@Table(name = "court_screening")
public class CourtScreening extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID outcomeId;
    public int adjournmentDays;
    public boolean offenceIndicatesRiskToOthers;
    public boolean otherAgenciesInvolved;
    public boolean offerIntervention;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] reasons;
    public String note;
    public Instant screenedAt;
    public String screenedBy;
}
