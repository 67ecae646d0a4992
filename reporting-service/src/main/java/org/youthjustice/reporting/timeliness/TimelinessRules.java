package org.youthjustice.reporting.timeliness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the rows a caller sees from the counts read: added up to the level asked for, each count shown in full or
 * suppressed as {@link SuppressionPolicy} and {@link ReportingAccessPolicy} decide, and the on-time rate of what is
 * shown.
 *
 * <p>Who may see what: a row is in full only for a manager reading their own authority alone. Every other count is
 * hidden when the part of it the caller cannot read case by case is below the threshold: for a manager, a partnership
 * row's count less their own authority's (which they know), so that subtraction does not give away another authority's
 * small count; for anyone else, the count itself.
 */
public final class TimelinessRules {

    public enum Level {
        PARTNERSHIP, AUTHORITY, TEAM
    }

    private TimelinessRules() {
    }

    /**
     * The rows of {@code level} from {@code counts}: per authority for PARTNERSHIP and AUTHORITY, per team of one
     * authority for TEAM. Ordered by month, rule, authority, team.
     */
    public static List<TimelinessRow> rows(List<Counts> counts, Level level, ReportingAccessPolicy.Access access) {
        List<Cells> rows = new ArrayList<>();
        if (level == Level.PARTNERSHIP) {
            Map<String, Cells> partnership = new TreeMap<>();
            for (Counts c : counts) {
                Cells row = partnership.computeIfAbsent(c.rule + "|" + c.month,
                        k -> new Cells(new Counts(c.rule, null, null, c.month), false, false));
                row.counts.add(c);
                if (access.cases() && c.authority.equals(access.ownAuthority())) {
                    row.known.add(c);
                }
            }
            rows.addAll(partnership.values());
        } else {
            for (Counts c : counts) {
                rows.add(new Cells(c, level == Level.TEAM && c.team == null, access.inFull(c.authority)));
            }
        }
        rows.forEach(Cells::suppressWithinRow);
        if (level != Level.PARTNERSHIP) {
            // siblings against their parent's published total: authorities against the partnership, teams against
            // their authority; only the cells the caller cannot read in full take part
            Map<String, List<Cells>> siblings = rows.stream().filter(r -> !r.inFull)
                    .collect(Collectors.groupingBy(r -> r.counts.rule + "|" + r.counts.month, LinkedHashMap::new, Collectors.toList()));
            for (List<Cells> group : siblings.values()) {
                for (Measure m : Measure.values()) {
                    List<Long> values = group.stream().map(r -> r.counts.get(m)).toList();
                    boolean[] hidden = new boolean[group.size()];
                    for (int i = 0; i < group.size(); i++) {
                        hidden[i] = group.get(i).hidden.contains(m);
                    }
                    if (SuppressionPolicy.complement(values, hidden)) {
                        for (int i = 0; i < group.size(); i++) {
                            if (hidden[i]) {
                                group.get(i).hidden.add(m);
                            }
                        }
                    }
                }
            }
            // hiding a sibling's outcome can leave one outcome alone hidden in its row again
            rows.forEach(Cells::suppressWithinRow);
        }
        return rows.stream().map(Cells::toRow)
                .sorted(Comparator.comparing(TimelinessRow::month).thenComparing(TimelinessRow::rule)
                        .thenComparing(r -> r.authority() == null ? "" : r.authority())
                        .thenComparing(r -> r.team() == null ? "" : r.team()))
                .toList();
    }

    /** A row's counts with what the caller may see of them. */
    private static final class Cells {
        final Counts counts;
        final boolean teamless;
        final boolean inFull;
        /** The part of a partnership row the caller reads in full: their own authority's. */
        final Counts known;
        final Set<Measure> hidden = EnumSet.noneOf(Measure.class);
        final Set<String> hiddenReasons = new java.util.HashSet<>();

        Cells(Counts counts, boolean teamless, boolean inFull) {
            this.counts = counts;
            this.teamless = teamless;
            this.inFull = inFull;
            this.known = new Counts(counts.rule, counts.authority, counts.team, counts.month);
        }

        /**
         * Primary suppression of what the caller cannot read in full, then the complements within the row: its outcomes
         * against its due count, its reasons against its not-applicable count. Run again after the siblings' complements.
         */
        void suppressWithinRow() {
            if (inFull) {
                return;
            }
            for (Measure m : Measure.values()) {
                if (SuppressionPolicy.belowThreshold(counts.get(m) - known.get(m))) {
                    hidden.add(m);
                }
            }
            if (!hidden.contains(Measure.DUE)) {
                List<Long> values = new ArrayList<>();
                boolean[] h = new boolean[Measure.OUTCOMES.length];
                for (int i = 0; i < Measure.OUTCOMES.length; i++) {
                    values.add(counts.get(Measure.OUTCOMES[i]));
                    h[i] = hidden.contains(Measure.OUTCOMES[i]);
                }
                SuppressionPolicy.complement(values, h);
                for (int i = 0; i < h.length; i++) {
                    if (h[i]) {
                        hidden.add(Measure.OUTCOMES[i]);
                    }
                }
            }
            List<String> reasons = new ArrayList<>(counts.reasons.keySet());
            boolean[] h = new boolean[reasons.size()];
            for (int i = 0; i < reasons.size(); i++) {
                String reason = reasons.get(i);
                h[i] = SuppressionPolicy.belowThreshold(counts.reasons.get(reason) - known.reasons.getOrDefault(reason, 0L));
            }
            if (!hidden.contains(Measure.NOT_APPLICABLE)) {
                SuppressionPolicy.complement(reasons.stream().map(counts.reasons::get).toList(), h);
            }
            for (int i = 0; i < h.length; i++) {
                if (h[i]) {
                    hiddenReasons.add(reasons.get(i));
                }
            }
        }

        TimelinessRow toRow() {
            Map<Measure, Long> shown = new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
                shown.put(m, hidden.contains(m) ? null : counts.get(m));
            }
            List<TimelinessRow.ReasonCount> reasons = counts.reasons.entrySet().stream()
                    .map(e -> hiddenReasons.contains(e.getKey()) ? new TimelinessRow.ReasonCount(e.getKey(), null, true)
                            : new TimelinessRow.ReasonCount(e.getKey(), e.getValue(), false))
                    .toList();
            return new TimelinessRow(counts.rule, counts.authority, counts.team, teamless, counts.month,
                    shown.get(Measure.DUE), shown.get(Measure.MET_ON_TIME), shown.get(Measure.MET_LATE),
                    shown.get(Measure.OVERDUE), shown.get(Measure.NOT_YET_DUE), shown.get(Measure.NOT_APPLICABLE),
                    reasons, onTimeRate(shown),
                    java.util.Arrays.stream(Measure.values()).filter(hidden::contains).map(Measure::field).toList());
        }

        /** Met on time out of the decided ones (met, or overdue): null where one of them is hidden or none is decided. */
        private static Double onTimeRate(Map<Measure, Long> shown) {
            Long onTime = shown.get(Measure.MET_ON_TIME);
            Long late = shown.get(Measure.MET_LATE);
            Long overdue = shown.get(Measure.OVERDUE);
            if (onTime == null || late == null || overdue == null || onTime + late + overdue == 0) {
                return null;
            }
            return Math.round(1000.0 * onTime / (onTime + late + overdue)) / 1000.0;
        }
    }
}
