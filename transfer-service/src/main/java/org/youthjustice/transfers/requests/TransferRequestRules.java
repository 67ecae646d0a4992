package org.youthjustice.transfers.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.problem.Violation;

/**
 * Whether a transfer may be requested (or re-submitted) as asked: every rule it breaks, together, so that
 * the home authority can put all of them right at once (422). Pure: {@link Transfers} loads what this decides
 * from, and saves and announces what it allows.
 */
public final class TransferRequestRules {
    private TransferRequestRules() {
    }

    /**
     * @param kind full or caretaking (TRF-1)
     * @param home the caller's authority, from the token
     * @param receiving the authority asked to receive the case
     * @param partnership the authorities of the partnership (TRF-17)
     */
    public static List<Violation> check(TransferKind kind, String home, String receiving, Collection<String> partnership,
            TransferSummary summary, List<DocumentsChecklist.Entry> checklist) {
        List<Violation> violations = new ArrayList<>();
        violations.addAll(parties(home, receiving, partnership));
        violations.addAll(summary(kind, summary));
        violations.addAll(checklist(checklist));
        return List.copyOf(violations);
    }

    /**
     * TRF-3, TRF-5, TRF-10, TRF-11: what the summary and the checklist say, however the transfer travels: requested on
     * the platform, or as a transfer package document to or from a service outside the partnership (TRF-17).
     */
    public static List<Violation> contents(TransferKind kind, TransferSummary summary, List<DocumentsChecklist.Entry> checklist) {
        List<Violation> violations = new ArrayList<>(summary(kind, summary));
        violations.addAll(checklist(checklist));
        return List.copyOf(violations);
    }

    /** TRF-1: a transfer moves between two authorities; TRF-17: the receiving one is in the partnership. */
    public static List<Violation> parties(String home, String receiving, Collection<String> partnership) {
        List<Violation> violations = new ArrayList<>();
        if (receiving.equals(home)) {
            violations.add(Violation.ofRule("TRF-1", "receivingAuthority",
                    "a transfer moves a case to another authority, not to the home authority itself"));
        } else if (!partnership.contains(receiving)) {
            violations.add(Violation.ofRule("TRF-17", "receivingAuthority", receiving + " is not in the partnership: "
                    + "send the transfer package document by secure e-mail and record the receiving service's answer"));
        }
        return violations;
    }

    /** TRF-3, TRF-10, TRF-11: what the summary says of the child makes the transfer impossible as asked. */
    public static List<Violation> summary(TransferKind kind, TransferSummary summary) {
        List<Violation> violations = new ArrayList<>();
        if (kind == TransferKind.FULL && Boolean.TRUE.equals(summary.lookedAfter())) {
            violations.add(Violation.ofRule("TRF-3", "kind", "a looked-after child stays the case management "
                    + "responsibility of the home authority: request caretaking, not a full transfer"));
        }
        TransferSummary.Mappa mappa = summary.mappa();
        if (mappa.level() != null && mappa.level() >= 2 && mappa.homeMeetingEndorsed() != TransferSummary.YesNoNa.YES) {
            violations.add(Violation.ofRule("TRF-10", "summary.mappa.homeMeetingEndorsed", "a child managed under MAPPA level "
                    + mappa.level() + " needs the MAPPA meeting's endorsement before transfer"));
        }
        List<TransferSummary.ParentingOrder> orders = summary.parentingOrders();
        for (int i = 0; i < orders.size(); i++) {
            if (Boolean.FALSE.equals(orders.get(i).movesWithChildsOrder())) {
                violations.add(Violation.ofRule("TRF-11", "summary.parentingOrders[" + i + "].movesWithChildsOrder",
                        "the parenting order of the " + orders.get(i).parent() + " transfers together with the child's order"));
            }
        }
        return violations;
    }

    /** TRF-5: every document of Appendix A answered once; one not attached says why. */
    public static List<Violation> checklist(List<DocumentsChecklist.Entry> checklist) {
        List<Violation> violations = new ArrayList<>();
        Set<DocumentsChecklist.Item> answered = EnumSet.noneOf(DocumentsChecklist.Item.class);
        for (int i = 0; i < checklist.size(); i++) {
            DocumentsChecklist.Entry entry = checklist.get(i);
            if (!answered.add(entry.item())) {
                violations.add(Violation.ofRule("TRF-5", "checklist[" + i + "].item", entry.item().wireName() + " is answered twice"));
            }
            if (entry.answer() != DocumentsChecklist.Answer.ATTACHED && (entry.reason() == null || entry.reason().isBlank())) {
                violations.add(Violation.ofRule("TRF-5", "checklist[" + i + "].reason",
                        "a document that is not attached needs the reason why"));
            }
        }
        for (DocumentsChecklist.Item item : DocumentsChecklist.Item.values()) {
            if (!answered.contains(item)) {
                violations.add(Violation.ofRule("TRF-5", "checklist", item.wireName() + " is not answered: attached, no or n/a"));
            }
        }
        return violations;
    }
}
