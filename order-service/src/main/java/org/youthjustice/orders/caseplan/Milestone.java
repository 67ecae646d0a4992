package org.youthjustice.orders.caseplan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineStatus;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * One case plan milestone (MIL-*): the step it tracks, when it was triggered, when it is due and under
 * which policy, who is responsible for it, and how it closed: met by its evidence (on time or
 * late), or not applicable with a reason.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public String rule;
    public String step;
    public Instant triggeredAt;
    public LocalDate dueDate;
    public Instant dueAt;
    public String timeLimit;
    public String policyVersion;
    public String team;
    public UUID responsibleWorker;
    /** When the completing event happened (a visit's time, a plan's date), which decides met or met late. */
    public Instant completedAt;
    /** When it left the open list, met or not applicable. */
    public Instant closedAt;
    public String closedBy;
    public String evidenceKind;
    public UUID evidenceId;
    public String evidenceNote;
    public String notApplicableReason;
    public Instant overdueAnnouncedAt;

    /** What completed a milestone: a kind of record (contact, plan, review-meeting, assessment, statement), its id, a note. */
    public record Evidence(String kind, UUID id, String note) {
    }

    static Milestone of(Step step, Deadline deadline, UUID caseId, UUID orderId) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.caseId = caseId;
        milestone.orderId = orderId;
        milestone.rule = step.rule();
        milestone.step = step.wireName();
        milestone.triggeredAt = deadline.triggeredAt();
        milestone.dueDate = deadline.dueDate();
        milestone.dueAt = deadline.dueAt();
        milestone.timeLimit = deadline.limit().toString();
        milestone.policyVersion = deadline.policyVersion();
        return milestone;
    }

    public Step step() {
        return Step.of(step);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    void meet(Instant happenedAt, Evidence evidence, String by, Instant now) {
        completedAt = happenedAt;
        evidenceKind = evidence.kind();
        evidenceId = evidence.id();
        evidenceNote = evidence.note();
        close(by, now);
    }

    void notApplicable(String reason, String by, Instant now) {
        notApplicableReason = reason;
        close(by, now);
    }

    private void close(String by, Instant now) {
        closedAt = now;
        closedBy = by;
    }

    /** due, overdue, met, met-late or not-applicable. */
    public String status(Instant now) {
        if (notApplicableReason != null) {
            return "not-applicable";
        }
        return deadlineStatus(now).wireName();
    }

    /** A met milestone was met on time ({@code met}), not late ({@code met-late}): as {@link #status} decides. */
    public boolean metOnTime() {
        if (completedAt == null) {
            throw new IllegalStateException("milestone " + id + " has not been met");
        }
        return deadlineStatus(completedAt) == DeadlineStatus.MET;
    }

    private DeadlineStatus deadlineStatus(Instant now) {
        return DeadlineStatus.of(dueAt, now, Optional.ofNullable(completedAt));
    }
}
