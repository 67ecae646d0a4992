package org.youthjustice.kernel.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.problem.Violation;

class ChildAgeTest {

    @ParameterizedTest(name = "X-5: born {0}, on {1} the child is {2}")
    @CsvSource({
            "2010-06-15, 2026-06-14, 15",
            "2010-06-15, 2026-06-15, 16",
            "2008-02-29, 2026-02-28, 17",
            "2008-02-29, 2026-03-01, 18",
            "2012-02-29, 2028-02-29, 16" })
    void ageIsInWholeYearsAtTheDateThatMatters(LocalDate born, LocalDate on, int years) {
        assertThat(ChildAge.at(born, on).years()).isEqualTo(years);
    }

    @Test
    @DisplayName("X-5: a child under 10 at the finding of guilt is below the age of criminal responsibility")
    void underTenIsBelowCriminalResponsibility() {
        assertThat(ChildAge.youthJurisdiction(LocalDate.of(2016, 12, 1), LocalDate.of(2026, 11, 30), "dateOfBirth"))
                .extracting(Violation::rule, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("X-5", "dateOfBirth"));
        assertThat(ChildAge.youthJurisdiction(LocalDate.of(2016, 12, 1), LocalDate.of(2026, 12, 1), "dateOfBirth")).isEmpty();
    }

    @Test
    @DisplayName("X-5: youth orders are for children under 18 at the finding of guilt, whatever their age later")
    void eighteenAtTheFindingOfGuiltIsOutsideYouthJurisdiction() {
        LocalDate born = LocalDate.of(2008, 11, 23);

        assertThat(ChildAge.youthJurisdiction(born, LocalDate.of(2026, 11, 22), "dateOfBirth")).isEmpty();
        assertThat(ChildAge.youthJurisdiction(born, LocalDate.of(2026, 11, 23), "dateOfBirth"))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("under 18"));
    }

    @Test
    void aDateBeforeBirthIsRefused() {
        assertThatThrownBy(() -> ChildAge.at(LocalDate.of(2012, 1, 1), LocalDate.of(2011, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ChildAge.youthJurisdiction(LocalDate.of(2012, 1, 1), LocalDate.of(2011, 1, 1), "dateOfBirth"))
                .singleElement().extracting(Violation::rule).isEqualTo("X-5");
    }

    @ParameterizedTest(name = "X-6: born {0}, a letter written {1} goes to the child, parent copied: {2}")
    @CsvSource({
            "2011-03-10, 2026-11-23, true",
            "2010-11-23, 2026-11-22, true",
            "2010-11-23, 2026-11-23, false",
            "2009-01-01, 2026-11-23, false" })
    void writtenCommunicationsGoToTheChildAndAParentIsCopiedUnderSixteen(LocalDate born, LocalDate written, boolean copied) {
        Recipients recipients = Recipients.ofWrittenCommunication(ChildAge.at(born, written));

        assertThat(recipients.child()).isTrue();
        assertThat(recipients.copyToParentOrCarer()).isEqualTo(copied);
    }
}
