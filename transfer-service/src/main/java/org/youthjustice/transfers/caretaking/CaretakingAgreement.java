package org.youthjustice.transfers.caretaking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The caretaking agreement of an accepted caretaking transfer (TRF-8, Appendix B), with each side's signature,
 * where the child lives (TRF-2) and how often the host sends contact records (TRF-9). Read by the two authorities
 * of its transfer, so not {@code TenantOwned} (see {@code requests.TransferAccess}).
 */
@Entity
@Table(name = "caretaking_agreement")
public class CaretakingAgreement {
    @Id
    public UUID transferId;
    public String homeAuthority;
    public String hostAuthority;
    public UUID caseId;
    public String hostCaseManager;
    public String homeResponsibleOfficer;
    public LocalDate startDate;
    public LocalDate reviewDate;
    public LocalDate latestReviewDate;
    public String reviewPolicy;
    /** JSON arrays of texts. */
    public String homeResponsibilities;
    public String hostResponsibilities;
    public int contactEveryDays;
    public LocalDate residentInHostSince;
    public boolean likelyToRemain;
    public String continuationReason;
    public String continuationRecordedBy;
    public String homeSignedBy;
    public Instant homeSignedAt;
    public String hostSignedBy;
    public Instant hostSignedAt;
    public LocalDate endedOn;
    public String endOutcome;
    public String endReason;
    public String draftedBy;
    public Instant draftedAt;
    @Version
    public int version;

    public boolean signedByBoth() {
        return homeSignedAt != null && hostSignedAt != null;
    }

    public boolean ended() {
        return endedOn != null;
    }

    public boolean inForce() {
        return signedByBoth() && !ended();
    }
}
