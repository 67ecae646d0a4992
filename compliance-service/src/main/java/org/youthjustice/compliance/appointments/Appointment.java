package org.youthjustice.compliance.appointments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * An appointment under an order (CMP-1): scheduled, then attended, missed, or rescheduled before it
 * starts (to a new appointment, with the reason). A missed appointment stays missed. One that the home
 * authority had booked for after the case was transferred out (TRF-1) is cancelled, with the reason.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends TenantOwned {
    public enum Status {
        SCHEDULED, ATTENDED, MISSED, RESCHEDULED, CANCELLED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public String kind;
    public Instant startsAt;
    public Instant endsAt;
    public String place;
    public String withWhom;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID seriesId;
    public UUID rescheduledTo;
    public UUID rescheduledFrom;
    public String rescheduleReason;
    public String scheduledBy;
    public Instant scheduledAt;
    public String outcomeRecordedBy;
    public Instant outcomeRecordedAt;
    public String outcomeNote;
    public Instant cancelledAt;
    public String cancelReason;
    /** Two people recording the same appointment at once: one wins, the other is told (409). */
    @Version
    public int version;
}
