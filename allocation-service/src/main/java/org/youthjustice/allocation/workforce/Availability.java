package org.youthjustice.allocation.workforce;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a worker can take a case on a day (ALC-2; Nottinghamshire policy §2.1): no allocation to a
 * worker who is absent, unless there are reasonable grounds to believe their return is imminent, which
 * the authority's policy sets as back by {@code imminentBy} (by default 2 working days on). An unplanned
 * absence with no expected return is never imminent.
 */
public record Availability(Status status, LocalDate backOn, String reason) {
    public enum Status {
        AVAILABLE, RETURNING, ABSENT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return this == RETURNING ? "returning-imminently" : name().toLowerCase();
        }
    }

    /** Whether a case may be allocated to the worker that day. */
    public boolean allocatable() {
        return status != Status.ABSENT;
    }

    public static Availability on(LocalDate date, List<WorkerAbsence> absences, LocalDate imminentBy) {
        Optional<WorkerAbsence> away = absences.stream().filter(a -> a.covers(date))
                // of overlapping absences, the one that keeps the worker away longest decides
                .max(Comparator.comparing(a -> a.backOn() == null ? LocalDate.MAX : a.backOn()));
        if (away.isEmpty()) {
            return new Availability(Status.AVAILABLE, null, "at work on " + date);
        }
        WorkerAbsence absence = away.get();
        LocalDate back = absence.backOn();
        String kind = absence.kind.wireName() + " absence since " + absence.startsOn;
        if (back == null) {
            return new Availability(Status.ABSENT, null, kind + ", no return expected (ALC-2)");
        }
        if (!back.isAfter(imminentBy)) {
            return new Availability(Status.RETURNING, back, kind + ", back on " + back + ", by " + imminentBy
                    + ": return imminent (ALC-2)");
        }
        return new Availability(Status.ABSENT, back, kind + ", back on " + back + ", after " + imminentBy + " (ALC-2)");
    }
}
