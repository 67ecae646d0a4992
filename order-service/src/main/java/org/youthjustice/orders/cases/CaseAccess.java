package org.youthjustice.orders.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/**
 * Who may read or work a case (ROLES.md), within the caller's authority (X-1, enforced underneath by
 * the tenancy filter). A case the caller may not see is 404, like another authority's: its existence
 * does not leak.
 *
 * <p>A case this authority transferred out (TRF-1) is the receiving authority's; what is left here is the
 * closed record of this authority's period with it, which its readers still read, and nothing records on.
 */
@ApplicationScoped
public class CaseAccess {
    /** The 409 of recording on a case this authority transferred out, as the API documents it. */
    public static final String TRANSFERRED_OUT =
            "The case was transferred out of your authority (TRF-1): your record of it is read-only";

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    /** The roles that read every case of the authority; a case worker reads their own and their team's. */
    public boolean readsEveryCase() {
        return caller.hasAnyRole(CaseHolding.READ_EVERY_CASE);
    }

    /** The roles that record casework on every case; a case worker records on their own cases only. */
    private static final String[] WORK_EVERY_CASE = { Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER,
            Roles.TEAM_MANAGER, Roles.COURT_OFFICER };

    public boolean worksEveryCase() {
        return caller.hasAnyRole(WORK_EVERY_CASE);
    }

    public ChildCase readable(UUID caseId) {
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        if (childCase == null || !mayRead(childCase)) {
            throw ProblemException.notFound("case " + caseId);
        }
        return childCase;
    }

    /**
     * A case the caller may read, to record something on it (a screening, a referral, a quality assurance):
     * 409 if this authority transferred it out, 404 if the caller may not see it.
     */
    public ChildCase recordable(UUID caseId) {
        // 409, not 404: the caller reads the closed record of this very case (GET /cases/{id} answers it), so a
        // 404 here would contradict what they see; and the answer tells them nothing they do not know already
        // (the receiving authority and the date are on their own record), nor anything of what the receiving
        // authority did since. A caller who may not read the closed record gets 404, as before.
        Optional<TransferredOutCase> closed = transferredOut(caseId);
        if (closed.isPresent()) {
            throw ProblemException.conflict(Violation.ofRule("TRF-1", "caseId", "the case was transferred out to "
                    + closed.get().receivingAuthority + " on " + closed.get().formalTransferDate
                    + ": it is that authority's now, and your record of it is read-only"));
        }
        return readable(caseId);
    }

    /**
     * A case the caller may record casework on; one they may only read is 403, one transferred out of this
     * authority 409 (see {@link #recordable}), one they may not see 404.
     */
    public ChildCase workable(UUID caseId) {
        ChildCase childCase = recordable(caseId);
        if (!childCase.holding().mayWork(caller, WORK_EVERY_CASE)) {
            throw ProblemException.forbidden("you record casework only on cases you hold as case manager or co-worker");
        }
        return childCase;
    }

    public boolean mayRead(ChildCase childCase) {
        return childCase.holding().mayRead(caller);
    }

    /**
     * This authority's closed record of a case it transferred out, if that is all it has of the case (a case
     * transferred back in is read live) and the caller may read it: the roles reading every case, and those
     * who held the case here when it left.
     */
    public Optional<TransferredOutCase> transferredOut(UUID caseId) {
        if (entityManager.find(ChildCase.class, caseId) != null) {
            return Optional.empty();
        }
        // the latest: a case may have left this authority, come back, and left again
        return entityManager.createQuery("from TransferredOutCase where caseId = :case order by closedAt desc",
                        TransferredOutCase.class)
                .setParameter("case", caseId).setMaxResults(1).getResultStream().findFirst()
                .filter(closed -> closed.holding().mayRead(caller));
    }
}
