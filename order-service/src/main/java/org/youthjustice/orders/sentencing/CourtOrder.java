package org.youthjustice.orders.sentencing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** An order made at sentence (ORD-2) and the team it is routed to (ORD-15). */
@Entity
@Table(name = "court_order")
public class CourtOrder extends TenantOwned {
    /** Made and varied orders are in force; revoked and completed ones have ended. */
    public enum Status { MADE, VARIED, REVOKED, COMPLETED }

    @Id
    public UUID id;
    public UUID caseId;
    public UUID outcomeId;
    @Enumerated(EnumType.STRING)
    public OrderType orderType;
    public LocalDate startDate;
    public LocalDate endDate;
    public String team;
    @Enumerated(EnumType.STRING)
    public Status status;
    public boolean custodyThresholdPassed;
    public boolean persistentOffender;
    public Instant madeAt;
    public LocalDate endedOn;
    /** Referral order (ORD-2). */
    public Integer contractMonths;
    /** Detention and training order (ORD-2). */
    public Integer custodyMonths;
    public Integer licenceMonths;
    /** Parenting order: the parent it is made on (ORD-2). */
    public String parentName;
    public String parentRelationship;

    /** True while the order runs on {@code date}: made and not yet ended. */
    public boolean inForceOn(LocalDate date) {
        return inForce() && !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public boolean inForce() {
        return status == Status.MADE || status == Status.VARIED;
    }

    @ElementCollection
    @CollectionTable(name = "court_order_requirement", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    public List<Requirement> requirements = new ArrayList<>();

    @Embeddable
    public static class Requirement {
        @Enumerated(EnumType.STRING)
        public RequirementType type;
        public Integer days;
        public Integer hours;
        public Integer months;
        public Integer hoursPerDay;
    }
}
