package org.youthjustice.reporting.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

    @Test
    @DisplayName("a count below 5, zero included, is suppressed; 5 and more are shown")
    void threshold() {
        assertThat(SuppressionPolicy.belowThreshold(0)).isTrue();
        assertThat(SuppressionPolicy.belowThreshold(4)).isTrue();
        assertThat(SuppressionPolicy.belowThreshold(5)).isFalse();
    }

    @Test
    @DisplayName("a lone hidden cell of a group with a published total takes the smallest shown cell with it")
    void loneHiddenCellTakesTheSmallestShownOne() {
        boolean[] hidden = { false, true, false, false };
        assertThat(SuppressionPolicy.complement(List.of(9L, 3L, 6L, 12L), hidden)).isTrue();
        assertThat(hidden).containsExactly(false, true, true, false);
    }

    @Test
    @DisplayName("two hidden cells, or none, need nothing more: neither can be worked out alone")
    void twoHiddenOrNoneNeedNothing() {
        boolean[] two = { true, true, false };
        assertThat(SuppressionPolicy.complement(List.of(1L, 2L, 9L), two)).isFalse();
        assertThat(two).containsExactly(true, true, false);
        boolean[] none = { false, false };
        assertThat(SuppressionPolicy.complement(List.of(5L, 7L), none)).isFalse();
        assertThat(none).containsExactly(false, false);
    }
}
