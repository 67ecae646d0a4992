package org.youthjustice.transfers.completion;

import java.util.ArrayList;
import java.util.List;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.problem.Violation;

/** When a full transfer may complete (TRF-1, TRF-12, CMP-10). Pure: {@link Completions} loads, saves and announces. */
public final class CompletionRules {
    private CompletionRules() {
    }

    /** Enforcement under way on one of the case's orders, as compliance-service announced it. */
    public record EnforcementUnderWay(String orderId, String reason) {
    }

    /** A transfer that can complete at all: a full transfer, accepted, not completed yet (409 otherwise). */
    public static List<Violation> completable(TransferKind kind, String status) {
        if (kind != TransferKind.FULL) {
            return List.of(Violation.ofRule("TRF-1", "kind", "a caretaking transfer does not complete: the home authority "
                    + "keeps the case, and ends caretaking when the child returns or the case becomes a full transfer"));
        }
        if (!"accepted".equals(status)) {
            return List.of(Violation.ofRule("TRF-6", "status", "only a transfer the receiving authority accepted completes; "
                    + "this one is " + status));
        }
        return List.of();
    }

    /**
     * TRF-1, X-1: the home authority hands over only a case it holds; one that moved meanwhile (another full transfer of
     * it completed) is no longer its to hand over (409).
     */
    public static List<Violation> heldByTheHome(boolean held, String homeAuthority) {
        if (held) {
            return List.of();
        }
        return List.of(Violation.ofRule("TRF-1", "caseId", homeAuthority + " no longer holds this case (another transfer of it "
                + "completed), so it cannot hand it over"));
    }

    /** TRF-12, CMP-10: enforcement in progress must finish before the transfer completes (422, one violation per order). */
    public static List<Violation> enforcementFinished(List<EnforcementUnderWay> underWay) {
        List<Violation> violations = new ArrayList<>();
        for (EnforcementUnderWay enforcement : underWay) {
            violations.add(Violation.ofRule("TRF-12", "enforcement", "enforcement is in progress on order " + enforcement.orderId()
                    + " (" + enforcement.reason() + "): the home authority's case manager finishes it before the transfer "
                    + "completes (CMP-10)"));
        }
        return violations;
    }
}
