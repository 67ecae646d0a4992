package org.youthjustice.victims.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A contact the restorative justice worker owes a victim, due by a deadline recorded with the rule, trigger, time
 * limit and policy version that made it. Closed when done, or at once when the victim opts out (VIC-9).
 */
@Entity
@Table(name = "victim_task")
public class VictimTask extends TenantOwned {
    public enum Status {
        OPEN, DONE, CLOSED
    }

    @Id
    public UUID id;
    public UUID victimId;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public TaskPurpose purpose;
    public String rule;
    public String trigger;
    public Instant triggeredAt;
    public String timeLimit;
    public LocalDate dueDate;
    public Instant dueAt;
    public String policyVersion;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant closedAt;
    public String closedReason;
}
