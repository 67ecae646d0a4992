package org.youthjustice.compliance.letters;

import java.util.Arrays;
import java.util.Optional;

/**
 * The letters compliance writes (CMP-11), each with the rule that asks for it, its subject line, and
 * what its template must name: the next appointment for a first warning (CMP-5), the compliance meeting
 * for a second (CMP-6), the appointments for an appointment letter.
 */
public enum LetterKind {
    FIRST_WARNING("first-warning", "CMP-5", "First warning", "nextAppointment"),
    SECOND_WARNING("second-warning", "CMP-6", "Second warning", "meeting"),
    BREACH("breach", "CMP-7", "Breach: we have to tell the court", null),
    APPOINTMENTS("appointments", "X-6", "Your appointments", "appointments");

    private final String wireName;
    private final String rule;
    private final String subject;
    private final String mustName;

    LetterKind(String wireName, String rule, String subject, String mustName) {
        this.wireName = wireName;
        this.rule = rule;
        this.subject = subject;
        this.mustName = mustName;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String wireName() {
        return wireName;
    }

    public String rule() {
        return rule;
    }

    public String subject() {
        return subject;
    }

    /** The value the template must use, by its rule; null when the rule asks for none. */
    public String mustName() {
        return mustName;
    }

    public static Optional<LetterKind> of(String wireName) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wireName)).findFirst();
    }
}
