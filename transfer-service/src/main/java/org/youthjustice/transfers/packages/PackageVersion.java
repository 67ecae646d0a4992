package org.youthjustice.transfers.packages;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One version of a package's summary and documents checklist (TRF-5); a package sent again adds one (TRF-6). */
@Entity
@Table(name = "transfer_package_version")
public class PackageVersion extends TenantOwned {
    @Id
    public UUID id;
    public UUID packageId;
    public int number;
    /** {@code requests.TransferSummary} as JSON. */
    public String summary;
    /** The {@code requests.DocumentsChecklist.Entry} list as JSON. */
    public String checklist;
    public String whatChanged;
    /** Who sent it and when: the home authority's user, or the other service's as its document says. */
    public String sentBy;
    public Instant sentAt;
    /** An incoming version: who imported it here, and when. */
    public String receivedBy;
    public Instant receivedAt;
}
