package org.youthjustice.victims.victims;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A victim of a case's offences. The id is the pseudonymous victim reference the rest of the platform sees
 * (VIC-4); every personal field is sealed ({@link VictimSeal}) with the key named in {@code keyId}, and erased,
 * leaving the reference, after the retention period (VIC-10). No {@code toString}: nothing here is for logs.
 */
@Entity
@Table(name = "victim")
public class Victim extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public boolean directVictim;
    public String referredBy;
    public String policeReference;
    public boolean consentToContact;

    public String keyId;
    byte[] name;
    byte[] dateOfBirth;
    byte[] address;
    byte[] phone;
    byte[] email;
    byte[] preferredContactMethod;
    byte[] communicationNeeds;
    byte[] parentOrGuardian;
    byte[] restorativeReasons;
    byte[] restorativeWishes;

    public Boolean restorativeAppropriate;
    public Instant restorativeDecidedAt;
    public String restorativeDecidedBy;
    public String restorativeOptions;
    public LocalDate restorativeConcludedOn;

    public Instant createdAt;
    public Instant erasedAt;

    @Version
    public int version;

    public boolean erased() {
        return erasedAt != null;
    }
}
