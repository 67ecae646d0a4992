package org.youthjustice.victims.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {
    private static final LocalDate CLOSED = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("VIC-10: retention runs only once the case and the restorative work have closed, from the later of them")
    void fromTheLaterClosing() {
        assertThat(RetentionRules.closedOn(null, false, false, null, null)).isEmpty();
        assertThat(RetentionRules.closedOn(CLOSED, true, false, null, null)).isEmpty();
        assertThat(RetentionRules.closedOn(CLOSED, false, true, null, null)).isEmpty();
        assertThat(RetentionRules.closedOn(CLOSED, false, false, null, null)).contains(CLOSED);
        assertThat(RetentionRules.closedOn(CLOSED, false, false, CLOSED.plusMonths(2), CLOSED.plusDays(3)))
                .contains(CLOSED.plusMonths(2));
        assertThat(RetentionRules.closedOn(CLOSED, false, false, null, CLOSED.plusDays(3))).contains(CLOSED.plusDays(3));
    }
}
