package org.youthjustice.kernel.transfers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.kernel.inbox.RefusedEventException;

/**
 * The ledger of transfers transfer-service accepted, kept by every service that follows transfers (order-,
 * allocation- and compliance-service) from the {@code transfer.reviewed} events on {@code yj.transfers.v1}.
 * Such a service moves a case, or lets another authority supervise it, only for a transfer found here: the
 * events of one case share its key, so a transfer's acceptance always arrives before its completion.
 *
 * <p>The table is the kernel's, outside any authority's tenancy: a transfer belongs to two authorities.
 */
@ApplicationScoped
public class AcceptedTransfers {
    @Inject
    EntityManager entityManager;

    /** Records {@code event} when it is a {@code transfer.reviewed} that accepted a transfer; true if it was one. */
    public boolean recordIfAccepted(EventEnvelope event) {
        if (!EventType.TRANSFER_REVIEWED.wireName().equals(event.type())) {
            return false;
        }
        TransferReviewed reviewed = event.dataAs(TransferReviewed.class);
        if (reviewed.decision() != TransferDecision.ACCEPTED) {
            return true;
        }
        if (reviewed.kind() == null || reviewed.homeAuthority() == null || reviewed.receivingAuthority() == null) {
            throw new RefusedEventException("transfer.reviewed " + reviewed.transferId()
                    + " accepts a transfer without naming its kind and authorities");
        }
        entityManager.createNativeQuery("""
                        insert into platform.accepted_transfer
                        (transfer_id, case_id, kind, home_authority, receiving_authority, accepted_at)
                        values (:transfer, :case, :kind, :home, :receiving, :at) on conflict (transfer_id) do nothing""")
                .setParameter("transfer", reviewed.transferId()).setParameter("case", event.caseId())
                .setParameter("kind", reviewed.kind().name()).setParameter("home", reviewed.homeAuthority())
                .setParameter("receiving", reviewed.receivingAuthority()).setParameter("at", event.time())
                .executeUpdate();
        return true;
    }

    /**
     * A {@code transfer.completed} is acted on only as addressed to its receiving authority, about its own case,
     * and behind a full transfer accepted from its home to that authority; otherwise refused with the reason.
     */
    public void requireAcceptedCompletion(EventEnvelope event, TransferCompleted completed) {
        if (!completed.toAuthority().equals(event.authority()) || !completed.caseId().equals(event.caseId())) {
            throw new RefusedEventException("transfer.completed " + completed.transferId() + " of case " + completed.caseId()
                    + " to " + completed.toAuthority() + " came addressed to " + event.authority() + " about case "
                    + event.caseId() + ": refused");
        }
        requireAccepted(completed.transferId(), TransferKind.FULL, completed.caseId(), completed.fromAuthority(),
                completed.toAuthority());
    }

    /**
     * A caretaking event ({@code caretaking.started}, {@code caretaking.ended}) is addressed to the home authority,
     * which keeps the case; it is acted on only behind a caretaking transfer accepted from there to {@code host}.
     */
    public void requireAcceptedCaretaking(EventEnvelope event, UUID transferId, String host) {
        requireAccepted(transferId, TransferKind.CARETAKING, event.caseId(), event.authority(), host);
    }

    /**
     * Refuses (for the dead-letter topic, with the reason) an event acting on {@code transferId} unless that
     * transfer was accepted, of {@code kind}, for {@code caseId}, from {@code home} to {@code receiving}.
     */
    public void requireAccepted(UUID transferId, TransferKind kind, UUID caseId, String home, String receiving) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select kind, case_id, home_authority, receiving_authority from platform.accepted_transfer
                        where transfer_id = :transfer""")
                .setParameter("transfer", transferId).getResultList();
        if (rows.isEmpty()) {
            throw new RefusedEventException("transfer " + transferId + " was never accepted by its receiving authority"
                    + " (no transfer.reviewed accepting it): refused");
        }
        Object[] row = rows.get(0);
        String accepted = row[0] + " transfer of case " + row[1] + " from " + row[2] + " to " + row[3];
        if (!kind.name().equals(row[0]) || !caseId.equals(row[1]) || !home.equals(row[2]) || !receiving.equals(row[3])) {
            throw new RefusedEventException("transfer " + transferId + " was accepted as a " + accepted.toLowerCase()
                    + ", not as a " + kind.name().toLowerCase() + " transfer of case " + caseId + " from " + home
                    + " to " + receiving + ": refused");
        }
    }
}
