package org.youthjustice.reporting.timeliness;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts behind one row, as read from the time limits: a rule's time limits due in one month, for one authority
 * (and, at team level, one team; {@code team} null for those held by no team yet).
 */
public final class Counts {
    public final String rule;
    public final String authority;
    public final String team;
    public final String month;
    final Map<Measure, Long> values = new EnumMap<>(Measure.class);
    final Map<String, Long> reasons = new TreeMap<>();

    public Counts(String rule, String authority, String team, String month) {
        this.rule = rule;
        this.authority = authority;
        this.team = team;
        this.month = month;
        for (Measure m : Measure.values()) {
            values.put(m, 0L);
        }
    }

    public Counts set(Measure measure, long value) {
        values.put(measure, value);
        return this;
    }

    public Counts reason(String reason, long count) {
        reasons.merge(reason, count, Long::sum);
        return this;
    }

    public long get(Measure measure) {
        return values.get(measure);
    }

    void add(Counts other) {
        other.values.forEach((m, v) -> values.merge(m, v, Long::sum));
        other.reasons.forEach((r, v) -> reasons.merge(r, v, Long::sum));
    }
}
