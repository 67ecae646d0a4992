package org.youthjustice.kernel.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** The sample service's record: tenant-owned, as every service's records are. */
@Entity
@Table(name = "note")
public class Note extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public String text;
}
