package org.youthjustice.orders.casework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A contact or session with the child or family, or an attempt at one ({@code made} false: a phone
 * call unanswered), recorded with when it happened and, for MIL-8, when it was due to be recorded.
 */
@Entity
@Table(name = "contact")
public class Contact extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    @Enumerated(EnumType.STRING)
    public ContactType contactType;
    public Instant occurredAt;
    public boolean made;
    public boolean announced;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] present;
    public String summary;
    public Instant recordedAt;
    public String recordedBy;
    public Instant recordingDueAt;
    public String recordingPolicyVersion;

    public boolean childPresent() {
        return java.util.Arrays.asList(present).contains(Attendee.CHILD.name());
    }

    /** MIL-8: recorded within the time limit of the contact taking place. */
    public boolean recordedOnTime() {
        return !recordedAt.isAfter(recordingDueAt);
    }
}
