package org.youthjustice.compliance.letters;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a warning or breach letter names from the enforcement step that called for it: the missed
 * appointment (through the step's absence) and, for a second warning, the compliance meeting (CMP-6).
 * Enforcement is the layer above letters and answers this (package-info.java): letters owns the
 * question so that it never imports enforcement.
 */
public interface StepsCallingForLetters {
    /** A compliance meeting as a letter names it. */
    record Meeting(Instant at, String place) {
    }

    /** The absence that started the step {@code stepId}. */
    UUID absenceOf(UUID stepId);

    /** The compliance meeting arranged for the absence, if one has been (CMP-6). */
    Optional<Meeting> complianceMeetingFor(UUID absenceId);
}
