package org.youthjustice.compliance.letters;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who a letter goes to (X-6; Wokingham guidance, "Communication with the child"): always the child,
 * and, when the child is under 16 on the letter's date, a copy to each parent/carer the case records.
 * The copy is not optional: a child under 16 (or of unrecorded age) with no parent/carer recorded gets
 * no letter until one is.
 *
 * @param copyParentCarers whether each parent/carer gets a copy
 * @param reason the decision in words, kept with the letter
 * @param blocked why no letter can be written yet; null when it can
 */
public record Addressing(boolean copyParentCarers, String reason, String blocked) {

    public static Addressing of(LocalDate dateOfBirth, int parentCarersRecorded, LocalDate letterDate) {
        boolean underSixteen;
        String reason;
        if (dateOfBirth == null) {
            underSixteen = true;
            reason = "the child's date of birth is not recorded, so the letter is treated as for a child under 16";
        } else {
            int age = Period.between(dateOfBirth, letterDate).getYears();
            underSixteen = age < 16;
            reason = "the child is " + age + " on the letter's date, " + letterDate;
        }
        if (!underSixteen) {
            return new Addressing(false, "addressed to the child: " + reason, null);
        }
        if (parentCarersRecorded == 0) {
            return new Addressing(true, reason, reason + ", and no parent/carer is recorded on the case to copy it to");
        }
        return new Addressing(true, "addressed to the child, with a copy to each parent/carer: " + reason + ", under 16", null);
    }
}
