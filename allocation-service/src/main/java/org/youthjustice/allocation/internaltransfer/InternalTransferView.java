package org.youthjustice.allocation.internaltransfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A transfer as its users read it: where it stands, what it waits for next (by whom, due when, overdue),
 * who is responsible for the case meanwhile (the original team until the three-way meeting) and any
 * enforcement that must be completed first.
 */
public record InternalTransferView(UUID id, UUID caseId, InternalTransfer.Status status, String fromTeam, String toTeam,
        UUID fromWorkerId, UUID toWorkerId, String reason, String proposedBy, Instant proposedAt, TransferSteps.Next next,
        String responsibleTeam, UUID responsibleWorkerId, Integer mappaLevel, boolean mappaEndorsementRequired,
        LocalDate mappaEndorsedOn, String endorsedBy, Instant endorsedAt, String endorsementNote, Instant escalatedAt,
        LocalDate allocationDueDate, Instant allocatedAt, String allocatedBy, boolean allocatedLate, List<String> rulesOverridden,
        String rationale, LocalDate meetingDueDate, int meetingsNotHeld, String lastMeetingNote, LocalDate formalTransferDate,
        List<Enforcement> enforcementUnderWay, String closedReason, Instant closedAt) {

    public record Enforcement(UUID orderId, String reason, Instant since) {
    }

    static InternalTransferView of(InternalTransfer t, List<EnforcementUnderWay> enforcement, Instant now) {
        boolean completed = t.status == InternalTransfer.Status.COMPLETED;
        return new InternalTransferView(t.id, t.caseId, t.status, t.fromTeam, t.toTeam, t.fromWorkerId, t.toWorkerId, t.reason,
                t.proposedBy, t.proposedAt, TransferSteps.next(t, now), completed ? t.toTeam : t.fromTeam,
                completed ? t.toWorkerId : t.fromWorkerId, t.mappaLevel, t.needsMappaEndorsement(), t.mappaEndorsedOn, t.endorsedBy,
                t.endorsedAt, t.endorsementNote, t.escalatedAt, t.allocationDueDate, t.allocatedAt, t.allocatedBy,
                t.allocatedAt != null && t.allocationDueAt != null && t.allocatedAt.isAfter(t.allocationDueAt),
                t.rulesOverridden == null ? List.of() : List.of(t.rulesOverridden.split(",")), t.rationale, t.meetingDueDate,
                t.meetingsNotHeld, t.lastMeetingNote, t.formalTransferDate,
                t.status.isOpen() ? enforcement.stream().map(e -> new Enforcement(e.orderId, e.reason, e.since)).toList() : List.of(),
                t.closedReason, t.closedAt);
    }
}
