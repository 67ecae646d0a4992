package org.youthjustice.victims.victims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.youthjustice.victims.personaldata.FieldCipher;

/**
 * Seals and opens a victim's personal fields (VIC-4). Every write seals every field again with the current key,
 * so a row never mixes keys and its {@code keyId} names the one key that opens it.
 */
@ApplicationScoped
public class VictimSeal {
    @Inject
    FieldCipher cipher;

    @Inject
    ObjectMapper json;

    /** Everything sealed in a victim's row, in plain text. */
    public record Sealed(VictimDetails details, String restorativeReasons, String restorativeWishes) {
        public Sealed withDetails(VictimDetails changed) {
            return new Sealed(changed, restorativeReasons, restorativeWishes);
        }

        public Sealed withRestorativeReasons(String reasons) {
            return new Sealed(details, reasons, restorativeWishes);
        }

        public Sealed withRestorativeWishes(String wishes) {
            return new Sealed(details, restorativeReasons, wishes);
        }
    }

    public Sealed open(Victim victim) {
        if (victim.erased()) {
            throw new IllegalStateException("victim " + victim.id + " was erased (VIC-10)");
        }
        String key = victim.keyId;
        String preferred = open(victim, key, victim.preferredContactMethod, "preferredContactMethod");
        String parent = open(victim, key, victim.parentOrGuardian, "parentOrGuardian");
        String born = open(victim, key, victim.dateOfBirth, "dateOfBirth");
        try {
            VictimDetails details = new VictimDetails(open(victim, key, victim.name, "name"),
                    born == null ? null : LocalDate.parse(born),
                    open(victim, key, victim.address, "address"), open(victim, key, victim.phone, "phone"),
                    open(victim, key, victim.email, "email"),
                    preferred == null ? null : VictimDetails.ContactMethod.valueOf(preferred),
                    open(victim, key, victim.communicationNeeds, "communicationNeeds"),
                    parent == null ? null : json.readValue(parent, VictimDetails.ParentOrGuardian.class));
            return new Sealed(details, open(victim, key, victim.restorativeReasons, "restorativeReasons"),
                    open(victim, key, victim.restorativeWishes, "restorativeWishes"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("victim " + victim.id + ": parent or guardian not readable", e);
        }
    }

    /** The date of birth alone (VIC-6 decides on it), without opening the other fields. */
    public LocalDate dateOfBirth(Victim victim) {
        String born = open(victim, victim.keyId, victim.dateOfBirth, "dateOfBirth");
        return born == null ? null : LocalDate.parse(born);
    }

    /** Whether a parent or guardian is recorded: a sealed value is there, whatever it says. */
    public static boolean hasParentOrGuardian(Victim victim) {
        return victim.parentOrGuardian != null;
    }

    /** Seals {@code sealed} into the row with the current key. */
    public void seal(Victim victim, Sealed sealed) {
        VictimDetails details = sealed.details();
        victim.keyId = cipher.currentKey();
        victim.name = seal(victim, details.name(), "name");
        victim.dateOfBirth = seal(victim, details.dateOfBirth() == null ? null : details.dateOfBirth().toString(), "dateOfBirth");
        victim.address = seal(victim, details.address(), "address");
        victim.phone = seal(victim, details.phone(), "phone");
        victim.email = seal(victim, details.email(), "email");
        victim.preferredContactMethod = seal(victim, details.preferredContactMethod() == null ? null
                : details.preferredContactMethod().name(), "preferredContactMethod");
        victim.communicationNeeds = seal(victim, details.communicationNeeds(), "communicationNeeds");
        try {
            victim.parentOrGuardian = seal(victim, details.parentOrGuardian() == null ? null
                    : json.writeValueAsString(details.parentOrGuardian()), "parentOrGuardian");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parent or guardian is plain data", e);
        }
        victim.restorativeReasons = seal(victim, sealed.restorativeReasons(), "restorativeReasons");
        victim.restorativeWishes = seal(victim, sealed.restorativeWishes(), "restorativeWishes");
    }

    /** Whether the row was sealed with a key other than the current one (KeyRotation seals it again). */
    public boolean sealedWithOldKey(Victim victim) {
        return !victim.erased() && !cipher.currentKey().equals(victim.keyId);
    }

    /** VIC-10: every personal field gone; the row keeps the pseudonymous reference and the facts statistics need. */
    public void erase(Victim victim) {
        victim.keyId = null;
        victim.name = null;
        victim.dateOfBirth = null;
        victim.address = null;
        victim.phone = null;
        victim.email = null;
        victim.preferredContactMethod = null;
        victim.communicationNeeds = null;
        victim.parentOrGuardian = null;
        victim.restorativeReasons = null;
        victim.restorativeWishes = null;
        victim.policeReference = null;
    }

    private byte[] seal(Victim victim, String value, String field) {
        return cipher.seal(value, place(victim, field));
    }

    private String open(Victim victim, String key, byte[] value, String field) {
        return cipher.open(key, value, place(victim, field));
    }

    private static String place(Victim victim, String field) {
        return "victim/" + victim.id + "/" + field;
    }
}
