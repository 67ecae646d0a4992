package org.youthjustice.allocation.transfers;

import java.util.UUID;
import org.youthjustice.events.allocations.AllocationKind;

/**
 * TRF-1 as allocation decides it, free of persistence and messaging: what the request raised in the receiving
 * authority for a case transferred in asks for, and what the home authority's records say once the case has left.
 */
public final class TransferRules {
    /** The receiving authority allocates a case transferred in within this time limit of its policy (2 working days by default). */
    public static final String ALLOCATION_TIME_LIMIT = "TRF-1-allocation";

    /** What a case weighs as when nothing at home says what it was: an order of no known type (one point, ALC-1). */
    static final String UNKNOWN_CASE_KIND = "order";

    private TransferRules() {
    }

    /** The work the receiving authority's case manager takes on: the request's kind, and what weighs it in a caseload. */
    public record Work(AllocationKind kind, String caseKind) {
    }

    /**
     * What the home authority's case manager held the case as (the order type, or court work), else what its latest
     * request for the case asked for (an order's first), else an order: the case is the same case, and weighs the same,
     * wherever it is supervised.
     */
    public static Work transferredIn(String heldAs, String lastRequestedAs) {
        String caseKind = heldAs != null ? heldAs : lastRequestedAs != null ? lastRequestedAs : UNKNOWN_CASE_KIND;
        return new Work(kindOf(caseKind), caseKind);
    }

    /** A case kind (an order type's wire name, or court work's kind) as the kind of request it makes. */
    static AllocationKind kindOf(String caseKind) {
        return switch (caseKind) {
            case "psr" -> AllocationKind.PSR;
            case "crown-court-tracking" -> AllocationKind.CROWN_COURT_TRACKING;
            case "intervention-referral" -> AllocationKind.INTERVENTION_REFERRAL;
            default -> AllocationKind.ORDER;
        };
    }

    /** Why the receiving authority's request was raised: the transfer, and the authority the case came from. */
    public static String reason(String homeAuthority, UUID transferId) {
        return "transferred in from " + homeAuthority + " by transfer " + transferId + " (TRF-1)";
    }

    /** What the home authority's open requests, co-allocations, internal transfers and screening notices say, closed. */
    public static String closedReason(String receivingAuthority) {
        return "transferred out to " + receivingAuthority;
    }
}
