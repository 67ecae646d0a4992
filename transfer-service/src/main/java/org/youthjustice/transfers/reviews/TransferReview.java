package org.youthjustice.transfers.reviews;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;

/** The receiving authority's decision on one version of a request, with its reasons (TRF-6). */
@Entity
@Table(name = "transfer_review")
public class TransferReview {
    @Id
    public UUID id;
    public UUID transferId;
    public int versionNumber;
    /** The receiving authority, which decided. */
    public String authority;
    @Enumerated(EnumType.STRING)
    public TransferDecision decision;
    /** JSON array. */
    public String reasons;
    public String decidedBy;
    public Instant decidedAt;
}
