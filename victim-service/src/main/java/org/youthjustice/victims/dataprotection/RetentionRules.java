package org.youthjustice.victims.dataprotection;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * VIC-10: a victim's personal data is kept for the authority's retention period after both the case (its last order
 * ended) and the restorative work with the victim (no contact owed, no intervention running) have closed.
 */
public final class RetentionRules {
    public static final String RULE = "VIC-10";

    private RetentionRules() {
    }

    /**
     * The day the retention period starts, or empty while the case or the restorative work is open:
     * the latest of the case's closing, the intervention's conclusion and the last contact task's closing.
     */
    public static Optional<LocalDate> closedOn(LocalDate caseClosedOn, boolean openTasks, boolean restorativeWorkRunning,
            LocalDate restorativeConcludedOn, LocalDate lastTaskClosedOn) {
        if (caseClosedOn == null || openTasks || restorativeWorkRunning) {
            return Optional.empty();
        }
        return Stream.of(caseClosedOn, restorativeConcludedOn, lastTaskClosedOn).filter(d -> d != null).max(LocalDate::compareTo);
    }
}
