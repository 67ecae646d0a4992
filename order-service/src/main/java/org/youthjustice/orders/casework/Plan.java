package org.youthjustice.orders.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** An intervention plan or a review of it (MIL-6), and when its copy went to the parent/carer. */
@Entity
@Table(name = "plan")
public class Plan extends TenantOwned {
    public static final String INTERVENTION_PLAN = "intervention-plan";
    public static final String PLAN_REVIEW = "plan-review";

    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public String kind;
    public LocalDate completedOn;
    public boolean coProducedWithChild;
    public LocalDate copiedToParentCarerOn;
    public Integer sessionsPlanned;
    public Integer spanWeeks;
    public Instant recordedAt;
    public String recordedBy;
}
