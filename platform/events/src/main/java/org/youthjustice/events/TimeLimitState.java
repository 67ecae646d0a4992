package org.youthjustice.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A time limit a service tracks (a CMP-4 follow-up, a CMP-6 compliance meeting...), as it stands now: open, met on time
 * or late, or closed as not applying. Each context publishes it as its own event type on its own topic (a type has one
 * record and one topic, and a service writes only its own topic), all of this one shape, so that a consumer such as
 * reporting-service reads them alike: one row per {@code timeLimitId}, replaced by each, the envelope naming the case
 * and the authority holding it. An open one is sent again whenever who holds it changes; a met or closed one names who
 * held it then. order-service's case plan milestones have their own events ({@code milestone.*}), older than this.
 */
public interface TimeLimitState extends EventData {

    /** The canonical constructor of every context's record ({@code ComplianceTimeLimit::new}). */
    @FunctionalInterface
    interface Shape<T extends TimeLimitState> {
        T of(UUID timeLimitId, String rule, String step, Instant triggeredAt, LocalDate dueDate, Instant dueAt, Status status,
                Instant completedAt, Boolean onTime, String reason, Instant closedAt, String team, UUID responsibleWorker);
    }

    /**
     * A time limit as its owner keeps it: each state it is sent in is these facts with its outcome and who holds it, in
     * the record of the owner's own event type ({@code shape}).
     */
    record Facts(UUID id, String rule, String step, Instant triggeredAt, LocalDate dueDate, Instant dueAt) {

        public <T extends TimeLimitState> T open(Shape<T> shape, String team, UUID worker) {
            return shape.of(id, rule, step, triggeredAt, dueDate, dueAt, Status.OPEN, null, null, null, null, team, worker);
        }

        /** Met by work done at {@code completedAt}: on time when at or before the due time. */
        public <T extends TimeLimitState> T met(Shape<T> shape, Instant completedAt, String team, UUID worker) {
            return shape.of(id, rule, step, triggeredAt, dueDate, dueAt, Status.MET, completedAt, !completedAt.isAfter(dueAt),
                    null, null, team, worker);
        }

        /** Closed at {@code closedAt} as no longer applying, for {@code reason}. */
        public <T extends TimeLimitState> T notApplicable(Shape<T> shape, String reason, Instant closedAt, String team,
                UUID worker) {
            return shape.of(id, rule, step, triggeredAt, dueDate, dueAt, Status.NOT_APPLICABLE, null, null, reason, closedAt,
                    team, worker);
        }
    }

    enum Status {
        @JsonProperty("open") OPEN,
        @JsonProperty("met") MET,
        @JsonProperty("not-applicable") NOT_APPLICABLE
    }

    UUID timeLimitId();

    /** The rule that sets the limit ({@code CMP-4}). */
    String rule();

    /** What must happen by the due time ({@code follow-up}). */
    String step();

    /** When the time limit started: the moment its due date is counted from. */
    Instant triggeredAt();

    LocalDate dueDate();

    Instant dueAt();

    Status status();

    /** Met: when the casework that met it happened (not when it was recorded). */
    Instant completedAt();

    /** Met: at or before {@code dueAt}, as the owning service judged it. */
    Boolean onTime();

    /** Not applicable: why, and {@link #closedAt} when it was closed. */
    String reason();

    Instant closedAt();

    String team();

    UUID responsibleWorker();
}
