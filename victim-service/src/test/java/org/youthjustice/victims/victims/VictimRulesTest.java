package org.youthjustice.victims.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;

class VictimRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static VictimDetails born(LocalDate dateOfBirth, VictimDetails.ParentOrGuardian parent) {
        return new VictimDetails("A Victim", dateOfBirth, null, null, null, null, null, parent);
    }

    @Test
    @DisplayName("VIC-6: a victim under 17 is recorded with a parent or guardian, who receives the duties too")
    void parentOrGuardianUnderSeventeen() {
        assertThat(VictimRules.details(born(TODAY.minusYears(12), null), TODAY, "details")).extracting(Violation::rule, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VIC-6", "details.parentOrGuardian"));
        assertThat(VictimRules.details(born(TODAY.minusYears(12), new VictimDetails.ParentOrGuardian("P", "mother", null, null, null)),
                TODAY, "details")).isEmpty();
        assertThat(VictimRules.details(born(TODAY.minusYears(17), null), TODAY, "details")).isEmpty();
    }

    @Test
    @DisplayName("VIC-9: the police do not pass the details of a victim who asked them not to")
    void policeRespectTheVictimsWish() {
        assertThat(VictimRules.policeMayPass(true)).extracting(Violation::rule).containsExactly("VIC-9");
        assertThat(VictimRules.policeMayPass(false)).isEmpty();
    }
}
