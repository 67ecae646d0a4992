package org.youthjustice.transfers.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.kernel.problem.ProblemException;

/**
 * Which authority holds each case, as transfer-service knows it: from order-service's {@code case.opened}
 * (held by the authority that opened it) and from the full transfers completed here (TRF-1: then the receiving
 * authority holds it, moved in the completion's own transaction, as order-service moves the case on
 * {@code transfer.completed}). order-service owns the case; this is transfer-service's record of it, the one place
 * that reads or writes it.
 *
 * <p>The table is not tenant-filtered: a completion moves a row from one authority to another. Every statement here
 * names the authority it is about.
 */
@ApplicationScoped
public class HeldCases {
    @Inject
    EntityManager entityManager;

    /**
     * {@code case.opened}: {@code authority} holds the case from {@code at}. The same case announced again by the
     * authority holding it changes nothing; announced by another, it is refused (a case changes authority only by a
     * completed transfer), for the dead-letter topic with the reason.
     */
    public void opened(UUID caseId, String authority, Instant at) {
        int recorded = entityManager.createNativeQuery("""
                        insert into held_case (case_id, authority, held_since) values (:case, :authority, :at)
                        on conflict (case_id) do nothing""")
                .setParameter("case", caseId).setParameter("authority", authority).setParameter("at", at).executeUpdate();
        if (recorded == 0 && !holder(caseId, false).map(authority::equals).orElse(false)) {
            throw new RefusedEventException("case.opened for case " + caseId + " by " + authority
                    + ", which another authority holds here: a case changes authority only by a completed transfer");
        }
    }

    /** Whether {@code authority} holds the case now. */
    public boolean isHeldBy(UUID caseId, String authority) {
        return caseId != null && holder(caseId, false).map(authority::equals).orElse(false);
    }

    /**
     * the case, when {@code authority} (the caller's, from the token) holds it, its row kept from moving until the
     * transaction ends; otherwise 404 "case &lt;id&gt;", the same for a case unknown here (not yet announced by
     * order-service, or never opened) and for another authority's, so that the answer says nothing of the other.
     */
    public void requireHeldBy(UUID caseId, String authority) {
        if (caseId == null || !holder(caseId, true).map(authority::equals).orElse(false)) {
            throw ProblemException.notFound("case " + caseId);
        }
    }

    /**
     * TRF-1: the case moves from {@code home} to {@code receiving} by the completed transfer {@code transferId}; false,
     * and nothing changed, when {@code home} does not hold it (any more).
     */
    public boolean move(UUID caseId, String home, String receiving, UUID transferId, Instant at) {
        return entityManager.createNativeQuery("""
                        update held_case set authority = :receiving, held_since = :at, transfer_id = :transfer
                        where case_id = :case and authority = :home""")
                .setParameter("receiving", receiving).setParameter("at", at).setParameter("transfer", transferId)
                .setParameter("case", caseId).setParameter("home", home).executeUpdate() == 1;
    }

    private Optional<String> holder(UUID caseId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<String> holders = entityManager.createNativeQuery("select authority from held_case where case_id = :case"
                        + (lock ? " for share" : ""))
                .setParameter("case", caseId).getResultList();
        return holders.stream().findFirst();
    }
}
