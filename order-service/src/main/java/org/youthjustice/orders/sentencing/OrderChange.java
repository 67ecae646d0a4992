package org.youthjustice.orders.sentencing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One change in an order's life: varied, breach found, revoked or completed; when, why and who recorded it. */
@Entity
@Table(name = "order_change")
public class OrderChange extends TenantOwned {
    @Id
    public UUID id;
    public UUID orderId;
    /** The hearing that decided it; absent for a completion recorded by the service. */
    public UUID outcomeId;
    public String kind;
    public LocalDate changedOn;
    /** A code (early-revocation, re-sentenced, expired…): what events carry. */
    public String reason;
    /** The practitioner's words: kept here, never in an event. */
    public String note;
    public Instant recordedAt;
    public String recordedBy;
}
