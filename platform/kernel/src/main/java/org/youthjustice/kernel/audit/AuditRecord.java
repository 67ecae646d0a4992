package org.youthjustice.kernel.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** What an audit entry says, for reading: who (subject, authority, roles) did what to which record, when, why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(
        Long position,
        Instant occurredAt,
        String authority,
        String subject,
        String username,
        List<String> roles,
        String action,
        String recordType,
        String recordId,
        String rationale,
        String correlationId) {
}
