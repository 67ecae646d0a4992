package org.youthjustice.orders.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** The child's case in one authority: who the child is, and everything the service does with them. */
@Entity
@Table(name = "child_case")
public class ChildCase extends TenantOwned {
    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;
    public String reference;
    public String givenName;
    public String familyName;
    public LocalDate dateOfBirth;
    public String genderIdentity;
    public String sexRegisteredAtBirth;
    public boolean lookedAfter;
    public String address;
    public String locality;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public Instant openedAt;

    /** Who holds the case now, from allocation-service's latest case.allocated: worker ids are realm user ids. */
    public UUID caseManager;
    public String team;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    public UUID[] coWorkers = new UUID[0];
    public Instant allocatedAt;

    /** Who holds the case now, as allocation decided it: its case manager and co-workers ("own cases"), its team. */
    public CaseHolding holding() {
        return new CaseHolding(caseManager, coWorkers, team);
    }

    @ElementCollection
    @CollectionTable(name = "child_case_parent_carer", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    public List<ParentCarer> parentCarers = new ArrayList<>();
}
