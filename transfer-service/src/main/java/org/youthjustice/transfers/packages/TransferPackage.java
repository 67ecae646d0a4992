package org.youthjustice.transfers.packages;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.tenancy.TenantOwned;
import org.youthjustice.transfers.packages.PackageRules.Direction;
import org.youthjustice.transfers.packages.PackageRules.Status;

/**
 * A transfer to or from a youth justice service outside the partnership, as a transfer package document (TRF-17).
 * Unlike a {@code requests.Transfer}, which two authorities read, a package is the record of one partnership
 * authority only: tenant-owned, so that to any other authority it does not exist.
 */
@Entity
@Table(name = "transfer_package")
public class TransferPackage extends TenantOwned {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Enumerated(EnumType.STRING)
    public TransferKind kind;
    /** The home service: the authority itself for an outgoing package, the other service for an incoming one. */
    public String fromService;
    /** The receiving service: the other service for an outgoing package, as the document names it for an incoming one. */
    public String toService;
    /** The sender's id of the package: an outgoing package's own id, an incoming one's from its document. */
    public UUID sourcePackageId;
    /** Outgoing: the home authority's case. Incoming: the case the receiving authority opened from it, once opened. */
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int currentVersion;
    public LocalDate decidedOn;
    /** TRF-4, outgoing only. */
    public LocalDate requestDueDate;
    public Instant requestDueAt;
    public String requestPolicy;
    public String createdBy;
    public Instant createdAt;
    public String caseOpenedBy;
    public Instant caseOpenedAt;
    /** Two managers recording at the same moment: one wins, the other is told (409). */
    @Version
    public int version;
}
