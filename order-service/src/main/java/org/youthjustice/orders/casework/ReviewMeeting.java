package org.youthjustice.orders.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** A review plan meeting (MIL-7) and who attended it. */
@Entity
@Table(name = "review_meeting")
public class ReviewMeeting extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public LocalDate heldOn;
    public boolean childAttended;
    public boolean parentCarerAttended;
    public Instant recordedAt;
    public String recordedBy;
}
