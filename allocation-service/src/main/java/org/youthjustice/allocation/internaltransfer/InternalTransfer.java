package org.youthjustice.allocation.internaltransfer;

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

/** ALC-10: a case's move to another locality team, from its case manager's proposal to the three-way meeting. */
@Entity
@Table(name = "internal_transfer")
public class InternalTransfer extends TenantOwned {
    public enum Status {
        /** Proposed by the case manager; their manager has not decided. */
        PROPOSED,
        /** The locality managers could not agree it: for the service manager to decide (§11.4). */
        ESCALATED,
        /** Endorsed: the receiving team's manager allocates (once MAPPA has endorsed it, where it must). */
        ENDORSED,
        /** A worker of the receiving team named: the three-way meeting makes it formal; until then the old team is responsible. */
        ALLOCATED,
        COMPLETED, REFUSED, WITHDRAWN;

        /** The states a transfer ends in; any other is under way. */
        public static final java.util.Set<Status> CLOSED = java.util.EnumSet.of(COMPLETED, REFUSED, WITHDRAWN);

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }

        public boolean isOpen() {
            return !CLOSED.contains(this);
        }
    }

    @Id
    public UUID id;
    public UUID caseId;
    public String fromTeam;
    public String toTeam;
    public UUID fromWorkerId;
    public String reason;
    public String proposedBy;
    public Instant proposedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** The case's MAPPA level when proposed, kept up to date by risk.assessed until it is allocated. */
    public Integer mappaLevel;
    public String endorsedBy;
    public Instant endorsedAt;
    /** Endorsed, and by the MAPPA meeting where it must be: the receiving team's allocation is due from then. */
    public Instant agreedAt;
    public String endorsementNote;
    public Instant escalatedAt;
    public LocalDate mappaEndorsedOn;
    public String mappaNote;
    public LocalDate allocationDueDate;
    public Instant allocationDueAt;
    public UUID toWorkerId;
    public String rulesOverridden;
    public String rationale;
    public String allocatedBy;
    public Instant allocatedAt;
    public LocalDate meetingDueDate;
    public Instant meetingDueAt;
    /** Meetings arranged that did not take place, or the child did not attend: the case has not transferred. */
    public int meetingsNotHeld;
    public String lastMeetingNote;
    public LocalDate formalTransferDate;
    public Instant completedAt;
    public String closedReason;
    public String closedBy;
    public Instant closedAt;
    @Version
    public int version;

    /** Whether a transfer of the case is under way: one at a time, and the case is not reallocated meanwhile. */
    public static boolean underWay(jakarta.persistence.EntityManager entityManager, UUID caseId) {
        return !entityManager.createQuery("select t.id from InternalTransfer t where t.caseId = :case and t.status not in :closed",
                UUID.class).setParameter("case", caseId).setParameter("closed", Status.CLOSED).setMaxResults(1).getResultList().isEmpty();
    }

    /** MAPPA level 2 or 3: the MAPPA meeting endorses the transfer too (§11.5). */
    public boolean needsMappaEndorsement() {
        return mappaLevel != null && mappaLevel >= 2;
    }
}
