package org.youthjustice.kernel.policy;

import java.util.Arrays;

/** The units a time limit is expressed in, with the words policy files use for them. */
public enum TimeUnitKind {
    HOURS("hours"),
    DAYS("days"),
    WORKING_DAYS("working-days"),
    WEEKS("weeks"),
    MONTHS("months");

    private final String word;

    TimeUnitKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static TimeUnitKind fromWord(String word) {
        String plural = word.endsWith("s") ? word : word + "s";
        return Arrays.stream(values()).filter(unit -> unit.word.equals(plural)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown time unit '" + word
                        + "'; expected one of hours, days, working-days, weeks, months"));
    }
}
