package org.youthjustice.kernel.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.youthjustice.problem.Violation;

/**
 * A child's age in whole years at the date that matters, usually the date of the finding of
 * guilt. A child born on 29 February becomes a year older on 1 March in a year with no 29 February,
 * as in law in England and Wales.
 */
public record ChildAge(LocalDate dateOfBirth, LocalDate at, int years) {
    public static final int AGE_OF_CRIMINAL_RESPONSIBILITY = 10;
    public static final int ADULTHOOD = 18;

    public static ChildAge at(LocalDate dateOfBirth, LocalDate at) {
        if (at.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("the date " + at + " is before the date of birth " + dateOfBirth);
        }
        return new ChildAge(dateOfBirth, at, Period.between(dateOfBirth, at).getYears());
    }

    public boolean isUnder(int age) {
        return years < age;
    }

    public boolean isBetween(int fromAge, int toAgeInclusive) {
        return years >= fromAge && years <= toAgeInclusive;
    }

    /**
     * a youth order is only for a child of at least 10 (criminal responsibility) and under 18 at
     * the finding of guilt. Returns the violations, none when the age allows it.
     */
    public static List<Violation> youthJurisdiction(LocalDate dateOfBirth, LocalDate findingOfGuilt, String field) {
        List<Violation> violations = new ArrayList<>();
        if (findingOfGuilt.isBefore(dateOfBirth)) {
            violations.add(Violation.ofRule("X-5", field, "the finding of guilt is before the date of birth"));
            return violations;
        }
        ChildAge age = at(dateOfBirth, findingOfGuilt);
        if (age.isUnder(AGE_OF_CRIMINAL_RESPONSIBILITY)) {
            violations.add(Violation.ofRule("X-5", field, "the child was " + age.years()
                    + " at the finding of guilt, under the age of criminal responsibility (10)"));
        } else if (!age.isUnder(ADULTHOOD)) {
            violations.add(Violation.ofRule("X-5", field, "the child was " + age.years()
                    + " at the finding of guilt; youth orders are for children under 18"));
        }
        return violations;
    }
}
