package org.youthjustice.kernel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.youthjustice.kernel.tenancy.TenantOwned;

/** One line of the audit trail. Immutable here, and append-only in the database too. */
@Entity
@Immutable
@Table(schema = "platform", name = "audit_entry")
public class AuditEntry extends TenantOwned {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long position;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false)
    String subject;

    @Column(nullable = false)
    String username;

    @Column(nullable = false)
    String roles;

    @Column(nullable = false)
    String action;

    @Column(name = "record_type", nullable = false)
    String recordType;

    @Column(name = "record_id", nullable = false)
    String recordId;

    String rationale;

    @Column(name = "correlation_id")
    String correlationId;

    public AuditRecord toRecord() {
        return new AuditRecord(position, occurredAt, authority(), subject, username, java.util.List.of(roles.split(",")),
                action, recordType, recordId, rationale, correlationId);
    }
}
