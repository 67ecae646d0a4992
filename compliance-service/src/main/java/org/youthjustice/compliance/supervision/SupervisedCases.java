package org.youthjustice.compliance.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.kernel.tenancy.TenantContext;

/** The cases compliance knows of, as the consumers of other services' events make them known. */
@ApplicationScoped
public class SupervisedCases {
    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    /**
     * The case, made known by whichever event names it first. The topics' consumers may meet a new case at
     * once, so the row is inserted unless it exists, never twice. A case of another authority is a fault
     * here (retried, then dead-lettered): events reach a case only within the authority that holds it, and
     * a case moves between authorities only by a completed transfer. A case this authority transferred out
     * is refused at once ({@link #refuseIfTransferredOut}).
     */
    public SupervisedCase known(UUID caseId) {
        SupervisedCase childCase = entityManager.find(SupervisedCase.class, caseId);
        if (childCase != null) {
            return childCase;
        }
        // not opened again by an event of the authority's that arrives after the case was transferred out
        refuseIfTransferredOut(caseId);
        entityManager.createNativeQuery("insert into supervised_case (id, authority) values (:id, :authority) "
                        + "on conflict (id) do nothing")
                .setParameter("id", caseId).setParameter("authority", tenantContext.requireAuthority()).executeUpdate();
        childCase = entityManager.find(SupervisedCase.class, caseId);
        if (childCase == null) {
            // the id is another authority's case: events never cross authorities this way (an event of the receiving
            // authority's that overtakes the transfer's completion, on another topic, is retried like any fault)
            throw new IllegalStateException("case " + caseId + " belongs to another authority than " + tenantContext.requireAuthority());
        }
        return childCase;
    }

    /**
     * case.opened: the case known here with its reference, in one statement where {@link #known} and an update took up
     * to five round trips (P4); it is the first event of every case, so what a backlog of new cases is made of. A new
     * case cannot have been transferred out (a marker needs the case's row), and this authority's case is brought up to
     * date; a row of another authority's, the case's after a transfer out among them, is left to {@link #known}, which
     * refuses the event with the reason.
     */
    public void opened(UUID caseId, String reference) {
        int written = entityManager.createNativeQuery("""
                        insert into supervised_case (id, authority, reference) values (:id, :authority, cast(:reference as text))
                        on conflict (id) do update set reference = excluded.reference, version = supervised_case.version + 1
                        where supervised_case.authority = excluded.authority""")
                .setParameter("id", caseId).setParameter("authority", tenantContext.requireAuthority())
                .setParameter("reference", reference).executeUpdate();
        if (written == 0) {
            known(caseId).reference = reference;
        }
    }

    /**
     * An event of an authority for a case it has transferred out (TRF-1) will never apply there: refused at
     * once, for the dead-letter topic, saying where the case went.
     */
    public void refuseIfTransferredOut(UUID caseId) {
        transferredOut(caseId).ifPresent(marker -> {
            throw new RefusedEventException(tenantContext.requireAuthority() + " transferred case " + caseId + " out to "
                    + marker.receivingAuthority + " on " + marker.transferredOn + " (transfer " + marker.transferId
                    + "): its events apply there, not here");
        });
    }

    /**
     * TRF-1: the acting authority's marker of the case it transferred out, the latest; none while the case is
     * the authority's (again).
     */
    public Optional<TransferredOutCase> transferredOut(UUID caseId) {
        if (entityManager.find(SupervisedCase.class, caseId) != null) {
            return Optional.empty();
        }
        return entityManager.createQuery("from TransferredOutCase where caseId = :id order by transferredOn desc, recordedAt desc",
                        TransferredOutCase.class)
                .setParameter("id", caseId).setMaxResults(1).getResultStream().findFirst();
    }
}
