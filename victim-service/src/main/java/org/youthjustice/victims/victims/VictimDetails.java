package org.youthjustice.victims.victims;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A victim's personal data (VIC-4, VIC-6): held only in victim-service, sealed at rest, shown only to restorative
 * justice workers and managers of the authority with a reason, never in events, logs or error messages.
 */
public record VictimDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull @PastOrPresent LocalDate dateOfBirth,
        @Size(max = 500) String address,
        @Size(max = 50) String phone,
        @Email @Size(max = 200) String email,
        ContactMethod preferredContactMethod,
        @Size(max = 1000) String communicationNeeds,
        @Valid ParentOrGuardian parentOrGuardian) {

    /** How the victim would like to be contacted. */
    public enum ContactMethod {
        PHONE, EMAIL, LETTER, HOME_VISIT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** VIC-6: the parent or guardian of a victim under 17, who receives the victim's duties too. */
    public record ParentOrGuardian(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String relationship,
            @Size(max = 500) String address,
            @Size(max = 50) String phone,
            @Email @Size(max = 200) String email) {
    }
}
