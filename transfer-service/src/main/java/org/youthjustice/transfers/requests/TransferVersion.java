package org.youthjustice.transfers.requests;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One submission of a transfer's summary and documents checklist (TRF-5); re-submissions add versions (TRF-6). */
@Entity
@Table(name = "transfer_version")
public class TransferVersion {
    @Id
    public UUID id;
    public UUID transferId;
    public int number;
    /** The home authority, which wrote it. */
    public String authority;
    /** {@link TransferSummary} as JSON. */
    public String summary;
    /** The {@link DocumentsChecklist.Entry} list as JSON. */
    public String checklist;
    public String whatChanged;
    public String submittedBy;
    public Instant submittedAt;
    /** TRF-7: when every document the checklist marks attached had arrived; the review's time limit runs from then. */
    public Instant documentsReceivedAt;
    public LocalDate reviewDueDate;
    public Instant reviewDueAt;
    public String reviewPolicy;
}
