package org.youthjustice.kernel.timelimits;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState;
import org.youthjustice.kernel.outbox.Outbox;

/**
 * A service's time limits told to the partnership ({@link TimeLimitState}, read by reporting-service's timeliness
 * figures), the one way every service that keeps its cases' holders sends them: through the outbox, in the caller's
 * transaction (the outbox refuses to record outside one), as the service's own event type, naming who holds the case.
 * A service's subclass says which record its events are and who holds a case; its packages call {@link #opened},
 * {@link #met} and {@link #notApplicable} where a time limit starts, is met or stops applying, and {@link #heldBy} to
 * send an open one again when the case has a new holder, so that it counts for them.
 */
public abstract class TimeLimitPublisher<T extends TimeLimitState> {

    /** A time limit's facts as its owner keeps them, and the case it is of. */
    public record TimeLimit(UUID id, UUID caseId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
            Instant dueAt) {

        TimeLimitState.Facts facts() {
            return new TimeLimitState.Facts(id, rule, step, triggeredAt, dueDate, dueAt);
        }
    }

    /** Who holds a case: its team and the worker responsible for its time limits (either null while no one does). */
    public record Holder(String team, UUID worker) {
    }

    @Inject
    Outbox outbox;

    private final TimeLimitState.Shape<T> shape;

    protected TimeLimitPublisher(TimeLimitState.Shape<T> shape) {
        this.shape = shape;
    }

    /** Who holds the case now. */
    protected abstract Holder holderOf(UUID caseId);

    public void opened(TimeLimit limit) {
        Holder holder = holderOf(limit.caseId());
        heldBy(limit, holder.team(), holder.worker());
    }

    /** Sent again (or first) as open, held by {@code team} and {@code worker}. */
    public void heldBy(TimeLimit limit, String team, UUID worker) {
        outbox.record(limit.facts().open(shape, team, worker), limit.caseId());
    }

    /** Met by work done at {@code completedAt}. */
    public void met(TimeLimit limit, Instant completedAt) {
        Holder holder = holderOf(limit.caseId());
        outbox.record(limit.facts().met(shape, completedAt, holder.team(), holder.worker()), limit.caseId());
    }

    /** Closed at {@code closedAt} as no longer applying, for {@code reason}. */
    public void notApplicable(TimeLimit limit, String reason, Instant closedAt) {
        Holder holder = holderOf(limit.caseId());
        outbox.record(limit.facts().notApplicable(shape, reason, closedAt, holder.team(), holder.worker()), limit.caseId());
    }
}
