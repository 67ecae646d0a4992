package org.youthjustice.kernel.policy;

import java.util.Objects;

/** An amount of a unit: "3 working-days", "15 days", "3 months". */
public record TimeLimit(int amount, TimeUnitKind unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
        }
    }

    public static TimeLimit of(int amount, TimeUnitKind unit) {
        return new TimeLimit(amount, unit);
    }

    /** Parses the policy-file form {@code "<amount> <unit>"}, e.g. {@code "2 working-days"}. */
    public static TimeLimit parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a time limit reads '<amount> <unit>', not '" + text + "'");
        }
        try {
            return new TimeLimit(Integer.parseInt(parts[0]), TimeUnitKind.fromWord(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a time limit's amount must be a whole number: '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return amount + " " + unit.word();
    }
}
