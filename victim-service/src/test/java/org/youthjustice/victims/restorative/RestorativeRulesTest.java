package org.youthjustice.victims.restorative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.problem.Violation;

class RestorativeRulesTest {
    @Test
    @DisplayName("VIC-7: the decision whether to invite the victim comes with its reasons")
    void decisionNeedsReasons() {
        assertThat(RestorativeRules.decision(" ")).extracting(Violation::rule).containsExactly("VIC-7");
        assertThat(RestorativeRules.decision("the child accepts responsibility")).isEmpty();
    }

    @Test
    @DisplayName("VIC-3: the victim's wishes among the options; none stands alone; options only once inviting was judged appropriate (VIC-7)")
    void options() {
        assertThat(RestorativeRules.options(Set.of(), true)).extracting(Violation::rule).containsExactly("VIC-3");
        assertThat(RestorativeRules.options(Set.of(RestorativeOption.NONE, RestorativeOption.DIRECT_MEETING), true))
                .extracting(Violation::rule).containsExactly("VIC-3");
        assertThat(RestorativeRules.options(Set.of(RestorativeOption.LETTER_OF_APOLOGY), null)).extracting(Violation::rule)
                .containsExactly("VIC-7");
        assertThat(RestorativeRules.options(Set.of(RestorativeOption.NONE), null)).isEmpty();
        assertThat(RestorativeRules.options(Set.of(RestorativeOption.SHUTTLE_COMMUNICATION, RestorativeOption.INDIRECT_REPARATION),
                true)).isEmpty();
    }

    @Test
    @DisplayName("VIC-8: a consenting victim with an option other than none takes part until the intervention concludes")
    void takingPart() {
        Set<RestorativeOption> letter = Set.of(RestorativeOption.LETTER_OF_APOLOGY);
        assertThat(RestorativeRules.takingPart(true, true, letter, false)).isTrue();
        assertThat(RestorativeRules.takingPart(false, true, letter, false)).isFalse();
        assertThat(RestorativeRules.takingPart(true, false, letter, false)).isFalse();
        assertThat(RestorativeRules.takingPart(true, true, Set.of(RestorativeOption.NONE), false)).isFalse();
        assertThat(RestorativeRules.takingPart(true, true, letter, true)).isFalse();
    }
}
