package org.youthjustice.orders.transfers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.kernel.tenancy.TenantOwned;

/**
 * A host authority caretaking the child while this (home) authority keeps the case (TRF-8): who, from
 * when, when it is reviewed, what each side does, and when and why it ended: the child returned home, or the
 * caretaking became a full transfer (TRF-2), which then completes as its own transfer.
 */
@Entity
@Table(name = "caretaking")
public class Caretaking extends TenantOwned {
    @Id
    public UUID transferId;
    public UUID caseId;
    public String hostAuthority;
    public LocalDate startDate;
    public LocalDate reviewDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] responsibilities;
    public LocalDate endDate;
    /** Null while it lasts, and for a caretaking that ended before caretaking.ended said why. */
    @Enumerated(EnumType.STRING)
    public CaretakingEnded.Outcome outcome;
}
