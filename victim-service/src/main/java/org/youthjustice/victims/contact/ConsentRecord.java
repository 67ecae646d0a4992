package org.youthjustice.victims.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** VIC-2, VIC-9: one consent to contact, withdrawal (opt-out) or opting back in, with its source and date. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends TenantOwned {
    @Id
    public UUID id;
    public UUID victimId;
    public boolean consentToContact;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public ConsentSource source;
    public LocalDate givenOn;
    public Instant recordedAt;
    public String recordedBy;
}
