package org.youthjustice.victims.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One attempt to contact a victim and its result (VIC-1, VIC-8); the note is sealed like personal data. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt extends TenantOwned {
    @Id
    public UUID id;
    public UUID victimId;
    public UUID taskId;
    @Enumerated(EnumType.STRING)
    public TaskPurpose purpose;
    public Instant attemptedAt;
    @Enumerated(EnumType.STRING)
    public ContactRules.Method method;
    @Enumerated(EnumType.STRING)
    public ContactRules.ContactedPerson contactedPerson;
    @Enumerated(EnumType.STRING)
    public ContactRules.Result result;
    public boolean outcomeTold;
    public boolean supportOffered;
    public String keyId;
    public byte[] notes;
    public String recordedBy;
    public Instant recordedAt;
}
