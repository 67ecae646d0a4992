package org.youthjustice.allocation.workforce;

import java.util.Arrays;
import java.util.Optional;

/**
 * A worker's role and band (Nottinghamshire policy §4 to §6): youth justice support officer, Band A case
 * manager, Band B senior case manager, Band C advanced practitioner, student, restorative justice worker,
 * or specialist (health, substance use, ETE, speech and language).
 */
public enum Grade {
    YJSO("yjso", true),
    BAND_A("band-a", true),
    BAND_B("band-b", true),
    BAND_C("band-c", true),
    STUDENT("student", true),
    RJ_WORKER("rj-worker", false),
    SPECIALIST("specialist", false);

    private final String wireName;
    private final boolean holdsCases;

    Grade(String wireName, boolean holdsCases) {
        this.wireName = wireName;
        this.holdsCases = holdsCases;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether the grade can be a child's case manager or co-worker (a student only beside a primary worker, ALC-7). */
    public boolean holdsCases() {
        return holdsCases;
    }

    public static Optional<Grade> of(String wireName) {
        return Arrays.stream(values()).filter(g -> g.wireName.equals(wireName)).findFirst();
    }
}
