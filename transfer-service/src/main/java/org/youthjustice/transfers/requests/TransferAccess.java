package org.youthjustice.transfers.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

/**
 * The one place that decides who may see and act on a transfer (X-1, TRF-13): its home and its receiving
 * authority, from the caller's token; to anyone else it does not exist (404, never 403).
 */
@ApplicationScoped
public class TransferAccess {
    /** ROLES.md "request / review transfers": case workers and senior case managers request; managers also review. */
    public static final String[] REQUEST = { Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER,
            Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER };
    public static final String[] REVIEW = { Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER };

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    /** A transfer and the caller's side of it. */
    public record Visible(Transfer transfer, Party party) {
    }

    /** The transfer, when the caller's authority is its home or its receiving authority; otherwise 404. */
    public Visible readable(UUID transferId) {
        Transfer transfer = transferId == null ? null : entityManager.find(Transfer.class, transferId);
        Party party = transfer == null ? Party.NONE
                : TransferVisibilityRule.partyOf(caller.authority(), transfer.homeAuthority, transfer.receivingAuthority);
        if (party == Party.NONE) {
            throw ProblemException.notFound("transfer " + transferId);
        }
        return new Visible(transfer, party);
    }

    /** A transfer the caller's authority acts on as {@code side} (404 to strangers, 403 to the other side). */
    public Transfer asParty(UUID transferId, Party side, String... roles) {
        Visible visible = readable(transferId);
        if (visible.party() != side) {
            throw ProblemException.forbidden("only the " + side.name().toLowerCase() + " authority does this");
        }
        if (!caller.hasAnyRole(roles)) {
            throw ProblemException.forbidden("your roles do not allow this");
        }
        return visible.transfer();
    }

    /** The same, with the row locked for the rest of the transaction: decisions on one transfer queue up. */
    public Transfer forUpdate(UUID transferId, Party side, String... roles) {
        Transfer transfer = asParty(transferId, side, roles);
        entityManager.refresh(transfer, LockModeType.PESSIMISTIC_WRITE);
        return transfer;
    }
}
