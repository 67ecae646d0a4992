package org.youthjustice.allocation.workforce;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A worker's absence (ALC-2, ALC-8): planned leave from its first to its last day, or unplanned from its
 * first day with an expected return when one is known; ended early by the worker's return.
 */
@Entity
@Table(name = "worker_absence")
public class WorkerAbsence extends TenantOwned {
    public enum Kind {
        PLANNED, UNPLANNED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    @Id
    public UUID id;
    public UUID workerId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public LocalDate expectedReturn;
    public LocalDate returnedOn;
    /** ALC-8: planned leave's cover worker, named before it starts. */
    public UUID coverWorkerId;
    public Instant coveredAt;
    /** ALC-8: an unplanned absence's review of the worker's cases and planned contacts. */
    public Instant reviewedAt;
    public String reviewNote;
    public String recordedBy;
    public Instant recordedAt;
    @Version
    public int version;

    /** The first day back at work, when known: the day after planned leave, the expected return, or the return recorded. */
    public LocalDate backOn() {
        if (returnedOn != null) {
            return returnedOn;
        }
        return kind == Kind.PLANNED ? endsOn.plusDays(1) : expectedReturn;
    }

    /** Away on {@code date}: started, and not yet back. */
    public boolean covers(LocalDate date) {
        LocalDate back = backOn();
        return !date.isBefore(startsOn) && (back == null || date.isBefore(back));
    }
}
