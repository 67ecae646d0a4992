package org.youthjustice.console.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One standard's time limits by outcome (met on time, met late, overdue, not yet due, not applicable), worked out here
 * and drawn by the page as a small inline SVG of horizontal bars, as the timeliness page draws its charts: no script,
 * nothing from another site, no inline style. Each bar is named by its outcome and count in words beside it, so colour
 * is never the only way to tell them apart; the SVG's accessible name gives every count, and the counts table under
 * the chart gives them again.
 *
 * <p>Coordinates are whole numbers of the SVG's own units: the chart scales to the page's width.
 */
public record OutcomeChart(String id, String title, String label, String description, int width, int height, int plotLeft,
        List<Bar> bars, long total) {

    /** An outcome's bar: its name on the left, its box (none for a count of 0), and its count after it. */
    public record Bar(String outcome, String name, long count, int labelX, int textY, int x, int y, int width, int height,
            int valueX) {
    }

    /** The outcomes in the order reporting-service counts them (its wire names), with their words. */
    static final List<String> OUTCOMES = List.of("met-on-time", "met-late", "overdue", "not-yet-due", "not-applicable");

    static final int LEFT = 124;
    static final int PLOT = 240;
    static final int RIGHT = 40;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int TOP = 6;

    /** The chart {@code id} of the standard {@code title}'s counts by outcome; an outcome left out counts 0. */
    static OutcomeChart of(String id, String title, Map<String, Long> counts) {
        long max = OUTCOMES.stream().mapToLong(o -> counts.getOrDefault(o, 0L)).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            String outcome = OUTCOMES.get(i);
            long count = counts.getOrDefault(outcome, 0L);
            int y = TOP + i * ROW;
            // as long as its share of the largest count; a count of 1 among hundreds still shows as a sliver
            int length = count == 0 ? 0 : (int) Math.max(2, Math.round((double) count / max * PLOT));
            bars.add(new Bar(outcome, EvidenceResource.outcomeWords(outcome), count, LEFT - 8, y + BAR / 2 + 5, LEFT, y, length, BAR,
                    LEFT + length + 6));
        }
        long total = bars.stream().mapToLong(Bar::count).sum();
        String label = "Time limits by outcome, " + title + ": " + bars.stream().map(b -> b.count() + " " + b.name())
                .collect(Collectors.joining(", "));
        String description = total + " time limit" + (total == 1 ? "" : "s") + " under this standard. Each bar is as long as "
                + "its count, out of the largest; the count is written after it. The table under the chart gives the same counts.";
        return new OutcomeChart(id, title, label, description, LEFT + PLOT + RIGHT, TOP * 2 + OUTCOMES.size() * ROW, LEFT, bars,
                total);
    }
}
