package org.youthjustice.allocation.internaltransfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.problem.Violation;

/**
 * ALC-10 (Nottinghamshire policy §11) as decisions over a transfer's state: what it waits for next, by
 * whom and by when; what must be in place before the receiving team allocates; and what stops the
 * three-way meeting from being the formal transfer. Pure, so that each is tested on its own.
 */
public final class TransferSteps {
    public static final String RULE = "ALC-10";

    private TransferSteps() {
    }

    /** The next step: what, whose, due when (absent when nothing is due yet or any more), overdue now. */
    public record Next(String step, String by, LocalDate dueDate, boolean overdue) {
    }

    /** The receiving team's manager allocates within 2 working days of the transfer being agreed. */
    public static Deadline allocationDue(DeadlineCalculator deadlines, Policy policy, Instant agreed) {
        return deadlines.deadline(policy, "ALC-10-allocation", agreed);
    }

    /** The three-way meeting within 5 working days of the reallocation. */
    public static Deadline meetingDue(DeadlineCalculator deadlines, Policy policy, Instant allocated) {
        return deadlines.deadline(policy, "ALC-10-meeting", allocated);
    }

    /** Agreed: endorsed by the manager and, at MAPPA level 2 or 3, by the MAPPA meeting (§11.4, §11.5). */
    public static boolean agreed(InternalTransfer transfer) {
        return transfer.status == InternalTransfer.Status.ENDORSED && (!transfer.needsMappaEndorsement() || transfer.mappaEndorsedOn != null);
    }

    /** What the receiving team's allocation needs first, each a violation of ALC-10; empty when it may go ahead. */
    public static List<Violation> beforeAllocation(InternalTransfer transfer) {
        List<Violation> missing = new ArrayList<>();
        if (transfer.status == InternalTransfer.Status.PROPOSED || transfer.status == InternalTransfer.Status.ESCALATED) {
            missing.add(Violation.ofRule(RULE, "endorsement", "the transfer is " + transfer.status.wireName()
                    + ": the case manager's manager endorses it before the receiving team allocates"));
        }
        if (transfer.needsMappaEndorsement() && transfer.mappaEndorsedOn == null) {
            missing.add(Violation.ofRule(RULE, "mappaEndorsement", "the child is managed at MAPPA level " + transfer.mappaLevel
                    + ": the MAPPA meeting endorses the transfer before the receiving team allocates"));
        }
        return missing;
    }

    /**
     * What stops a three-way meeting held with the child from being the formal transfer date: enforcement
     * under way on any of the case's orders is completed by the current case manager first (§11.7).
     */
    public static List<Violation> beforeCompletion(List<EnforcementUnderWay> enforcement) {
        return enforcement.stream().map(e -> Violation.ofRule(RULE, "enforcement", "enforcement under way on order " + e.orderId
                + " since " + e.since + " (" + e.reason + "): the current case manager completes it before the case transfers"))
                .toList();
    }

    public static Next next(InternalTransfer transfer, Instant now) {
        return switch (transfer.status) {
            case PROPOSED -> new Next("endorsement by the case manager's manager", transfer.fromTeam, null, false);
            case ESCALATED -> new Next("decision by the service manager: the locality managers did not agree", null, null, false);
            case ENDORSED -> transfer.needsMappaEndorsement() && transfer.mappaEndorsedOn == null
                    ? new Next("MAPPA endorsement (level " + transfer.mappaLevel + ")", transfer.fromTeam, null, false)
                    : new Next("allocation to a worker of the receiving team", transfer.toTeam, transfer.allocationDueDate,
                            transfer.allocationDueAt != null && now.isAfter(transfer.allocationDueAt));
            case ALLOCATED -> new Next("three-way meeting: the current and the new case manager with the child", transfer.toTeam,
                    transfer.meetingDueDate, transfer.meetingDueAt != null && now.isAfter(transfer.meetingDueAt));
            case COMPLETED, REFUSED, WITHDRAWN -> null;
        };
    }
}
