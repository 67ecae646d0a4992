package org.youthjustice.victims.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    /**
     * Order- and allocation-service's events reach the case on two consumers at once (a sentence and its allocation
     * arrive together): the second to commit fails on the version and is applied again by the inbox, instead of
     * writing back the first one's columns as it read them (the likely cause of a CI run in which the restorative
     * justice worker's list stayed empty: the sentence's transaction wrote the worker back as null).
     */
    @Version
    public int version;
}
