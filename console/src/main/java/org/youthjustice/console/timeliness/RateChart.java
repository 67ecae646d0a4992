package org.youthjustice.console.timeliness;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One bar chart of the on-time rate by month (a rule, for the partnership, an authority or a team), worked out here
 * and drawn by the page as an inline SVG: no script, nothing from another site. A month without a rate (a count behind
 * it suppressed, nothing decided yet, nothing due) is a gap, marked on the axis and named in the note under the chart.
 * The figures table is the chart's text alternative; the SVG's accessible name says what it shows.
 *
 * <p>Coordinates are whole numbers of the SVG's own units: the chart scales to the page's width.
 */
public record RateChart(String id, String title, String label, String description, int width, int height, int plotLeft,
        int plotRight, int baseline, List<Tick> ticks, List<Bar> bars, List<MonthLabel> months, List<Gap> gaps, List<String> notes) {

    /** A gridline of the rate axis: its height, and its label (0%, 25%, … 100%) and where that is written. */
    public record Tick(int y, int labelX, int labelY, String label) {
    }

    /** One month's bar: its box, the rate written above it, and a tooltip. */
    public record Bar(String month, int x, int y, int width, int height, String value, int labelX, int labelY, String tip) {
    }

    /** A month's name on the axis, at {@code y}; the year under January's and the first month's, at {@code yearY}. */
    public record MonthLabel(int x, int y, int yearY, String month, String year) {
    }

    /** A month without a bar: marked on the axis with a dash. */
    public record Gap(String month, int x, int y, String why) {
    }

    /** Why a month has no rate. */
    public enum NoRate {
        SUPPRESSED("a count behind the rate is suppressed (fewer than 5)"),
        UNDECIDED("no time limit of the month was met or overdue yet"),
        NOTHING_DUE("nothing fell due");

        final String why;

        NoRate(String why) {
            this.why = why;
        }
    }

    /** A month's rate, or why there is none. */
    public record Month(YearMonth month, Double rate, NoRate noRate) {
    }

    static final int SLOT = 44;
    static final int BAR = 28;
    static final int LEFT = 48;
    static final int RIGHT = 8;
    static final int TOP = 24;
    static final int PLOT = 160;
    static final int BOTTOM = 44;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** The chart {@code id} of {@code rule} for {@code series} ("Wokingham", "the partnership") over {@code months}. */
    static RateChart of(String id, String rule, String series, List<Month> months) {
        int baseline = TOP + PLOT;
        int width = LEFT + months.size() * SLOT + RIGHT;
        int height = baseline + BOTTOM;
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            int y = baseline - PLOT * percent / 100;
            ticks.add(new Tick(y, LEFT - 6, y + 4, percent + "%"));
        }
        // a label under every month up to 18 of them; beyond, under every third, so that they do not run together
        int every = months.size() <= 18 ? 1 : 3;
        List<Bar> bars = new ArrayList<>();
        List<MonthLabel> labels = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Map<NoRate, List<YearMonth>> missing = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            int slot = LEFT + i * SLOT;
            int centre = slot + SLOT / 2;
            String name = LONG.format(m.month());
            if (i % every == 0) {
                labels.add(new MonthLabel(centre, baseline + 18, baseline + 36, SHORT.format(m.month()),
                        i == 0 || m.month().getMonthValue() == 1 ? String.valueOf(m.month().getYear()) : ""));
            }
            if (m.rate() != null) {
                int barHeight = (int) Math.round(Math.max(0, Math.min(1, m.rate())) * PLOT);
                String value = Math.round(m.rate() * 100) + "%";
                bars.add(new Bar(m.month().toString(), centre - BAR / 2, baseline - barHeight, BAR, barHeight, value, centre,
                        baseline - barHeight - 6, name + ": " + value + " on time"));
            } else {
                NoRate why = m.noRate() == null ? NoRate.NOTHING_DUE : m.noRate();
                gaps.add(new Gap(m.month().toString(), centre, baseline - 6, name + ": no rate, " + why.why));
                missing.computeIfAbsent(why, k -> new ArrayList<>()).add(m.month());
            }
        }
        String span = months.isEmpty() ? "" : LONG.format(months.get(0).month())
                + (months.size() > 1 ? " to " + LONG.format(months.get(months.size() - 1).month()) : "");
        String title = rule + ", " + series;
        String label = "On-time rate by month, " + title + ", " + span;
        String description = bars.isEmpty() ? "No month has a rate: every month is a gap."
                : bars.size() + " of " + months.size() + " months have a rate, from "
                        + bars.stream().mapToLong(b -> Long.parseLong(b.value().replace("%", ""))).min().orElse(0) + "% to "
                        + bars.stream().mapToLong(b -> Long.parseLong(b.value().replace("%", ""))).max().orElse(0)
                        + "%. Each bar is the share of the month's decided time limits (met on time, met late or overdue) "
                        + "met on time; a dash on the axis is a month without a rate. The figures table gives every count.";
        List<String> notes = missing.entrySet().stream()
                .map(e -> "No bar for " + runs(e.getValue()) + ": " + e.getKey().why + ".")
                .collect(Collectors.toList());
        return new RateChart(id, title, label, description, width, height, LEFT, width - RIGHT, baseline, ticks, bars, labels,
                gaps, notes);
    }

    /** Months as words, a run of three or more consecutive ones as "December 2025 to September 2026". */
    static String runs(List<YearMonth> months) {
        List<String> said = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= months.size(); i++) {
            if (i == months.size() || !months.get(i).equals(months.get(i - 1).plusMonths(1))) {
                if (i - start >= 3) {
                    said.add(LONG.format(months.get(start)) + " to " + LONG.format(months.get(i - 1)));
                } else {
                    months.subList(start, i).forEach(m -> said.add(LONG.format(m)));
                }
                start = i;
            }
        }
        return String.join(", ", said);
    }
}
