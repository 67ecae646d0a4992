package org.youthjustice.orders.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.orders.Mappa;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * An assessment stage (AssetPlus start, review, closure) with the risk levels it set, and its quality
 * assurance by a manager other than its author (MIL-5, ROLES.md).
 */
@Entity
@Table(name = "assessment")
public class Assessment extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public String stage;
    public LocalDate completedOn;
    @Enumerated(EnumType.STRING)
    public RiskLevel rosh;
    @Enumerated(EnumType.STRING)
    public RiskLevel saw;
    @Enumerated(EnumType.STRING)
    public RiskLevel likelihoodOfReoffending;
    @Enumerated(EnumType.STRING)
    public ScaledApproach scaledApproach;
    public Integer mappaCategory;
    public Integer mappaLevel;
    public boolean significantChange;
    public Instant recordedAt;
    public String recordedBy;
    public String qualityAssuredBy;
    public Instant qualityAssuredAt;

    public Mappa mappa() {
        return mappaCategory == null ? null : new Mappa(mappaCategory, mappaLevel);
    }

    /** RoSH or SaW High or Very High: the threshold of MIL-10 (and ALC-5, ALC-6 in allocation-service). */
    public boolean highRisk() {
        return rosh.isHighOrAbove() || saw.isHighOrAbove();
    }
}
