package org.youthjustice.allocation.workforce;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** A member of the authority's workforce; the id is their user id in the realm, as allocations name them. */
@Entity
@Table(name = "worker")
public class Worker extends TenantOwned {
    @Id
    public UUID id;
    public String name;
    public String team;
    public String locality;
    @Enumerated(EnumType.STRING)
    public Grade grade;
    public String specialism;
    public String genderIdentity;
    public BigDecimal contractedHours;
    public boolean active;
    public String changedBy;
    public Instant changedAt;
    @Version
    public int version;
}
