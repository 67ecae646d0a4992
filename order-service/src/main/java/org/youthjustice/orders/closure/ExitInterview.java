package org.youthjustice.orders.closure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * The exit interview that closes an order (MIL-11): arranged for a date after the final supervision
 * session, then held with a manager, where the child is handed the completion letter with guidance on
 * spent convictions.
 */
@Entity
@Table(name = "exit_interview")
public class ExitInterview extends TenantOwned {
    @Id
    public UUID id;
    public UUID caseId;
    public UUID orderId;
    public LocalDate finalSessionOn;
    public LocalDate interviewOn;
    public LocalDate arrangedOn;
    public String arrangedBy;
    public LocalDate heldOn;
    public String conductedBy;
    public Boolean childAttended;
    public Boolean parentCarerAttended;
    public LocalDate completionLetterHandedOverOn;
    public Instant recordedAt;

    boolean held() {
        return heldOn != null;
    }
}
