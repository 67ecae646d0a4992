package org.youthjustice.compliance.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * The child's name, date of birth and address and the parents/carers', read from order-service when a
 * letter is written and kept only inside it (EVENTS.md: no contact details in events or in this
 * service's tables).
 */
public record ChildContacts(String reference, String givenName, String familyName, LocalDate dateOfBirth, String address,
        List<ParentCarer> parentCarers) {

    public record ParentCarer(String name, String relationship, String address) {
    }

    public String fullName() {
        return (givenName == null ? "" : givenName + " ") + (familyName == null ? "" : familyName);
    }
}
