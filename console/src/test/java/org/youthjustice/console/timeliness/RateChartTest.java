package org.youthjustice.console.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateChartTest {
    private static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    @Test
    @DisplayName("a bar per month with a rate, as tall as its rate; a month without one a gap, said why in a note")
    void barsAndGaps() {
        RateChart chart = RateChart.of("chart-1", "MIL-4", "Wokingham", List.of(
                new RateChart.Month(DECEMBER, 1.0, null),
                new RateChart.Month(DECEMBER.plusMonths(1), 0.5, null),
                new RateChart.Month(DECEMBER.plusMonths(2), 0.0, null),
                new RateChart.Month(DECEMBER.plusMonths(3), null, RateChart.NoRate.SUPPRESSED),
                new RateChart.Month(DECEMBER.plusMonths(4), null, RateChart.NoRate.UNDECIDED)));
        assertThat(chart.bars()).extracting(RateChart.Bar::month).containsExactly("2025-12", "2026-01", "2026-02");
        assertThat(chart.bars()).extracting(RateChart.Bar::height).containsExactly(RateChart.PLOT, RateChart.PLOT / 2, 0);
        // every bar stands on the axis
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.y() + bar.height()).isEqualTo(chart.baseline()));
        assertThat(chart.bars()).extracting(RateChart.Bar::value).containsExactly("100%", "50%", "0%");
        assertThat(chart.gaps()).extracting(RateChart.Gap::month).containsExactly("2026-03", "2026-04");
        assertThat(chart.notes()).containsExactly(
                "No bar for March 2026: a count behind the rate is suppressed (fewer than 5).",
                "No bar for April 2026: no time limit of the month was met or overdue yet.");
        assertThat(chart.label()).isEqualTo("On-time rate by month, MIL-4, Wokingham, December 2025 to April 2026");
        assertThat(chart.description()).startsWith("3 of 5 months have a rate, from 0% to 100%.");
        // the year under the first month and under January's
        assertThat(chart.months()).extracting(RateChart.MonthLabel::year).containsExactly("2025", "2026", "", "", "");
    }

    @Test
    @DisplayName("three years of months: a label under every third, and the gaps' months said as runs")
    void longSpans() {
        List<RateChart.Month> months = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            months.add(new RateChart.Month(DECEMBER.plusMonths(i), i == 20 ? 0.9 : null, null));
        }
        RateChart chart = RateChart.of("chart-1", "MIL-4", "the partnership", months);
        assertThat(chart.months()).hasSize(12);
        assertThat(chart.width()).isEqualTo(RateChart.LEFT + 36 * RateChart.SLOT + RateChart.RIGHT);
        assertThat(chart.notes()).containsExactly("No bar for December 2025 to July 2027, September 2027 to November 2028: nothing fell due.");
        assertThat(RateChart.runs(List.of(DECEMBER, DECEMBER.plusMonths(1), DECEMBER.plusMonths(3))))
                .isEqualTo("December 2025, January 2026, March 2026");
    }
}
