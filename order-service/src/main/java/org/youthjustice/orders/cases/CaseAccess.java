package org.youthjustice.orders.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;

/**
 * Who may read or work a case (ROLES.md), within the caller's authority (X-1, enforced underneath by
 * the tenancy filter). A case the caller may not see is 404, like another authority's: its existence
 * does not leak.
 */
@ApplicationScoped
public class CaseAccess {
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

    /** A case the caller may record casework on; one they may only read is 403, one they may not see 404. */
    public ChildCase workable(UUID caseId) {
        ChildCase childCase = readable(caseId);
        if (!childCase.holding().mayWork(caller, WORK_EVERY_CASE)) {
            throw ProblemException.forbidden("you record casework only on cases you hold as case manager or co-worker");
        }
        return childCase;
    }

    public boolean mayRead(ChildCase childCase) {
        return childCase.holding().mayRead(caller);
    }
}
