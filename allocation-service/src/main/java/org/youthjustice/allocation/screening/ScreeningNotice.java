package org.youthjustice.allocation.screening;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** ALC-13: a new allocation for a specialist worker (health, substance use, ETE, speech and language) to screen. */
@Entity
@Table(name = "screening_notice")
public class ScreeningNotice extends TenantOwned {
    @Id
    public UUID id;
    public UUID decisionId;
    public UUID caseId;
    public UUID specialistId;
    public String specialism;
    public Instant notifiedAt;
    /** no-need or referred, once screened. */
    public String outcome;
    public String note;
    public Instant screenedAt;
    @Version
    public int version;
}
