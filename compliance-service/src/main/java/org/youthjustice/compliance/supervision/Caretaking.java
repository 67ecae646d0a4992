package org.youthjustice.compliance.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A host authority caretaking the child (TRF-8) while this, the home authority, keeps the case: from
 * {@code caretaking.started} until {@code caretaking.ended}. TRF-14: the home keeps the enforcement decisions
 * (judging absences, warnings, breach) meanwhile; the case, its orders and its enforcement stay the home's,
 * so nothing here hands any of them to the host.
 */
@Entity
@Table(name = "caretaking")
public class Caretaking extends TenantOwned {
    /** TRF-14: what the home authority keeps while the host caretakes. */
    public static final String HOME_KEEPS = "enforcement decisions";

    @Id
    public UUID transferId;
    public UUID caseId;
    public String hostAuthority;
    public LocalDate startDate;
    public LocalDate reviewDate;
    public LocalDate endDate;
    /** Why it ended: {@code returned-home} or {@code converted-to-full-transfer}; null while it lasts or when not said. */
    public String outcome;
    public Instant recordedAt;
}
