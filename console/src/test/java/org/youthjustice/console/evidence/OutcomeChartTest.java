package org.youthjustice.console.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomeChartTest {

    @Test
    @DisplayName("a row per outcome in reporting-service's order, each bar as long as its share of the largest count, none "
            + "for 0; the accessible name gives every count")
    void barsByOutcome() {
        OutcomeChart chart = OutcomeChart.of("chart-planning", "Planning", Map.of("overdue", 4L, "met-on-time", 2L,
                "not-applicable", 1L));
        assertThat(chart.bars()).extracting(OutcomeChart.Bar::outcome)
                .containsExactly("met-on-time", "met-late", "overdue", "not-yet-due", "not-applicable");
        assertThat(chart.bars()).extracting(OutcomeChart.Bar::width)
                .containsExactly(OutcomeChart.PLOT / 2, 0, OutcomeChart.PLOT, 0, OutcomeChart.PLOT / 4);
        // every bar starts at the axis; its count is written after it
        assertThat(chart.bars()).allSatisfy(bar -> {
            assertThat(bar.x()).isEqualTo(chart.plotLeft());
            assertThat(bar.valueX()).isGreaterThan(bar.x() + bar.width());
        });
        assertThat(chart.total()).isEqualTo(7);
        assertThat(chart.label()).isEqualTo("Time limits by outcome, Planning: 2 met on time, 0 met late, 4 overdue, "
                + "0 not yet due, 1 not applicable");
        assertThat(chart.description()).startsWith("7 time limits under this standard.");
    }

    @Test
    @DisplayName("a count of 1 among hundreds still shows as a sliver")
    void smallCounts() {
        OutcomeChart chart = OutcomeChart.of("chart-1", "Assessment", Map.of("met-on-time", 500L, "overdue", 1L));
        assertThat(chart.bars().get(2).width()).isEqualTo(2);
        assertThat(chart.description()).startsWith("501 time limits");
    }
}
