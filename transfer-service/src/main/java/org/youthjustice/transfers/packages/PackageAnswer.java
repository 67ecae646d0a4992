package org.youthjustice.transfers.packages;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** The receiving service's answer to one version of a package (TRF-6, TRF-17), as a manager recorded it; one per version. */
@Entity
@Table(name = "transfer_package_answer")
public class PackageAnswer extends TenantOwned {
    @Id
    public UUID id;
    public UUID packageId;
    public int versionNumber;
    @Enumerated(EnumType.STRING)
    public TransferDecision answer;
    /** The reasons, as a JSON array. */
    public String reasons;
    public LocalDate answeredOn;
    /** Who answered, as free text: for an outgoing package, a person of the other service. */
    public String answeredBy;
    public String recordedBy;
    public Instant recordedAt;
}
