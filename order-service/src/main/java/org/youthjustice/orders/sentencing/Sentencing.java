package org.youthjustice.orders.sentencing;

import java.time.LocalDate;
import org.youthjustice.kernel.child.ChildAge;

/**
 * What the court found that the rules read: the child's date of birth and the date of the finding of
 * guilt (ages are taken on that date, X-5), whether an offence is imprisonable, whether the custody
 * threshold is passed, and whether the child is deemed a persistent offender.
 */
public record Sentencing(
        LocalDate dateOfBirth,
        LocalDate findingOfGuilt,
        boolean imprisonableOffence,
        boolean custodyThresholdPassed,
        boolean persistentOffender) {

    public ChildAge ageAtFindingOfGuilt() {
        return ChildAge.at(dateOfBirth, findingOfGuilt);
    }

    public LocalDate eighteenthBirthday() {
        return dateOfBirth.plusYears(ChildAge.ADULTHOOD);
    }
}
