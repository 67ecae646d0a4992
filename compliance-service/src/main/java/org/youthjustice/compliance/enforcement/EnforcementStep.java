package org.youthjustice.compliance.enforcement;

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
 * One step of an order's enforcement (CMP-5 to CMP-8), started by an unacceptable absence: a warning,
 * the compliance meeting, the breach letter and proceedings, or the police told. Done at once, or due by
 * its date; withdrawn when the absence that started it turns out acceptable.
 */
@Entity
@Table(name = "enforcement_step")
public class EnforcementStep extends TenantOwned {
    public enum Status {
        DUE, DONE, WITHDRAWN;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public UUID absenceId;
    /** The step's wire name ({@link EscalationPolicy.Step}). */
    public String step;
    public String rule;
    public int unacceptableCount;
    public LocalDate dueDate;
    public Instant dueAt;
    public String timeLimit;
    public String policyVersion;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant doneAt;
    public String doneBy;
    public String reason;
    public Instant meetingAt;
    public String meetingPlace;
    public String reportSummary;
    public Boolean riskFlag;
    public String reportedBy;
    public Instant createdAt;
    @Version
    public int version;

    public EscalationPolicy.Step step() {
        return EscalationPolicy.Step.of(step);
    }
}
