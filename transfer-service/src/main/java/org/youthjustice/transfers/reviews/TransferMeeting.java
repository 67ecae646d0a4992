package org.youthjustice.transfers.reviews;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The face-to-face transfer meeting between the two authorities (TRF-16). */
@Entity
@Table(name = "transfer_meeting")
public class TransferMeeting {
    @Id
    public UUID id;
    public UUID transferId;
    /** The authority that recorded it. */
    public String authority;
    public LocalDate heldOn;
    /** JSON array of attendees. */
    public String attendees;
    public String recordedBy;
    public Instant recordedAt;
}
