package org.youthjustice.compliance.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * An order or out-of-court disposal under which compliance is enforced, from order-service's events:
 * made, then in force until revoked or completed.
 */
@Entity
@Table(name = "supervised_order")
public class SupervisedOrder extends TenantOwned {
    public enum Status {
        IN_FORCE, REVOKED, COMPLETED
    }

    @Id
    public UUID id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public OrderType orderType;
    /** An out-of-court disposal: missed appointments are notified to the police, not taken to breach (CMP-8). */
    public boolean outOfCourt;
    public LocalDate startDate;
    public LocalDate endDate;
    public String team;
    @Enumerated(EnumType.STRING)
    public Status status;
    public LocalDate endedOn;
    /** CMP-10: enforcement in progress since its first step; null when none is. */
    public java.time.Instant enforcementSince;

    /** In force on {@code date}: started, not past its end, and neither revoked nor completed by then. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate))
                && (endedOn == null || date.isBefore(endedOn));
    }
}
