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
import org.youthjustice.kernel.policy.TimeLimit;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One case plan milestone (MIL-*): its rule, when it was triggered, when it is due and under which policy. */
@Entity
@Table(name = "milestone")
public class Milestone extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public String rule;
    public Instant triggeredAt;
    public LocalDate dueDate;
    public Instant dueAt;
    public String timeLimit;
    public String policyVersion;
    public Instant completedAt;

    static Milestone of(Deadline deadline, UUID caseId, UUID orderId) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.caseId = caseId;
        milestone.orderId = orderId;
        milestone.rule = deadline.rule();
        milestone.triggeredAt = deadline.triggeredAt();
        milestone.dueDate = deadline.dueDate();
        milestone.dueAt = deadline.dueAt();
        milestone.timeLimit = deadline.limit().toString();
        milestone.policyVersion = deadline.policyVersion();
        return milestone;
    }

    public DeadlineStatus status(Instant now) {
        return new Deadline(rule, triggeredAt, TimeLimit.parse(timeLimit), dueDate, dueAt, policyVersion)
                .status(now, Optional.ofNullable(completedAt));
    }
}
