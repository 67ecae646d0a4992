package org.youthjustice.victims.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A child's case as victim-service follows it from order- and allocation-service's events: its reference, its
 * team and restorative justice worker (ALC-11), when it was sentenced and when its last order ended. Nothing of the
 * child.
 */
@Entity
@Table(name = "victim_case")
public class VictimCase extends TenantOwned {
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    public String localCaseReference;
    public String team;
    public UUID rjWorker;
    public LocalDate sentencedOn;
    public LocalDate closedOn;
}
