package org.youthjustice.kernel.tenancy;

import java.util.Arrays;
import java.util.UUID;

/**
 * Who holds a case, as allocation-service decided it and each service keeps it: the case manager, the
 * co-workers and the team. Worker ids are realm user ids, so the caller's token subject names them. ROLES.md:
 * a case worker reads their own cases ("own": case manager or co-worker) and their team's, and works their
 * own; the roles a service names read or work every case of the authority (X-1 bounds them underneath).
 */
public record CaseHolding(UUID caseManager, UUID[] coWorkers, String team) {

    /** The roles that read every case of the authority (ROLES.md "read case, orders, milestones"). */
    public static final String[] READ_EVERY_CASE = { Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER,
            Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT };

    public boolean isHeldBy(String subject) {
        UUID worker = workerId(subject);
        return worker != null && (worker.equals(caseManager) || (coWorkers != null && Arrays.asList(coWorkers).contains(worker)));
    }

    public boolean mayRead(Caller caller) {
        return caller.hasAnyRole(READ_EVERY_CASE) || isHeldBy(caller.subject())
                || (team != null && caller.team().filter(team::equals).isPresent());
    }

    /** Whether the caller may record on the case: one of {@code worksEveryCase}, or holding it. */
    public boolean mayWork(Caller caller, String... worksEveryCase) {
        return caller.hasAnyRole(worksEveryCase) || isHeldBy(caller.subject());
    }

    /** A realm user id as a worker id; a subject that is not one (a partner system) holds no case. */
    public static UUID workerId(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException notAUserId) {
            return null;
        }
    }
}
