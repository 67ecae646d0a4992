package org.youthjustice.victims.personaldata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/**
 * Who may see victims' records (VIC-4, X-1, X-4): restorative justice workers and managers of the victim's own
 * authority. Everyone else gets 404, as for another authority's record, so that not even a victim's existence
 * shows. Opening personal data needs a reason, and every opening is audited: who, when, which victim, why.
 */
@RequestScoped
public class PersonalDataAccess {
    public static final String RULE = "VIC-4";
    /** The request header that carries why a victim's personal data is opened. */
    public static final String REASON_HEADER = "Access-Reason";
    public static final String RECORD_TYPE = "victim";

    /** The roles that work with victims and read their details. */
    public static final String[] VICTIM_ROLES = { Roles.RJ_WORKER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER };
    /** The roles that read the audit of victims' records and export one victim's data for a subject access request. */
    public static final String[] MANAGER_ROLES = { Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER };

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** 404 unless the caller works with victims: a case manager sees flags in order-service, never victims. */
    public void requireVictimWork() {
        if (!caller.hasAnyRole(VICTIM_ROLES)) {
            throw ProblemException.notFound("victim records");
        }
    }

    public void requireManager() {
        if (!caller.hasAnyRole(MANAGER_ROLES)) {
            throw ProblemException.notFound("victim records");
        }
    }

    /** 404 unless the caller is a service manager, who answers subject access requests for the data protection officer. */
    public void requireServiceManager() {
        if (!caller.hasRole(Roles.SERVICE_MANAGER)) {
            throw ProblemException.notFound("victim records");
        }
    }

    /** The reason given for opening a victim's personal data; 400 (VIC-4) without one. */
    public String requireReason(String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty() || trimmed.length() > 500) {
            throw ProblemException.invalid(List.of(Violation.ofRule(RULE, REASON_HEADER,
                    "say why you open this victim's personal data (header " + REASON_HEADER + ", up to 500 characters): "
                            + "every opening is audited")));
        }
        return trimmed;
    }

    /** Audits an opening of {@code victimId}'s personal data in the transaction that reads it. */
    public void opened(UUID victimId, String what, String reason) {
        audit.record("victim." + what + "-read", RECORD_TYPE, victimId, reason);
    }

    public String who() {
        return caller.username();
    }
}
