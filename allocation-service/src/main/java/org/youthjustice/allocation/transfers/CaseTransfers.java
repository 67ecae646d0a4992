package org.youthjustice.allocation.transfers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.capacity.TimeLimitEvents;
import org.youthjustice.allocation.coallocation.CoAllocation;
import org.youthjustice.allocation.coallocation.CoAllocations;
import org.youthjustice.allocation.internaltransfer.InternalTransfer;
import org.youthjustice.allocation.internaltransfer.InternalTransfers;
import org.youthjustice.allocation.requests.AllocationRequest;
import org.youthjustice.allocation.requests.ChildCase;
import org.youthjustice.allocation.requests.CourtTeamConfig;
import org.youthjustice.allocation.requests.NewRequests;
import org.youthjustice.events.allocations.AllocationKind;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.kernel.audit.AuditTrail;

/**
 * TRF-1: a case transferred in full from its home authority to the receiving authority, as allocation follows
 * it. In the home authority, whatever held the case is closed: its workers no longer hold it (their capacity is
 * freed, ALC-1), its open requests, co-allocation and internal transfer close with the reason, its specialists'
 * screening notices too; its allocation decisions stay, as its history. The case itself moves, with its rule
 * inputs (risk, gender identity, MAPPA level), the victims' consent (ALC-11) and any enforcement under way on
 * its orders (ALC-10), so that the events the receiving authority's services publish about it from then on
 * apply there. There it waits for a case manager: a request naming the transfer and the home authority, due
 * by the receiving authority's {@code TRF-1-allocation}. The home authority's open time limits (its requests', its
 * co-allocation's, its internal transfer's) are told as no longer applying, in its name.
 *
 * <p>The unit of work acts for the receiving authority (the event's); the home authority's records are
 * reached by native statements that name it, as the tenancy filter would hide them. A transfer is
 * applied once: its request, unique per transfer, says it has been.
 */
@ApplicationScoped
public class CaseTransfers {
    private static final Logger LOG = Logger.getLogger(CaseTransfers.class);
    /** Who closes the home authority's records: no user, the transfer. */
    private static final String CLOSED_BY = "allocation-service (transfer.completed)";
    private static final String TRANSFERRED_OUT = "transferred-out";

    @Inject
    EntityManager entityManager;

    @Inject
    NewRequests newRequests;

    @Inject
    CoAllocations coAllocations;

    @Inject
    InternalTransfers internalTransfers;

    @Inject
    CourtTeamConfig teams;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * A completed transfer, accepted by the receiving authority (checked before), applied in the receiving
     * authority's unit of work; {@code completedAt} starts the allocation's time limit. The request raised, or
     * null when this transfer had been applied already.
     */
    public AllocationRequest completed(TransferCompleted transfer, Instant completedAt) {
        if (applied(transfer.transferId())) {
            return null;
        }
        UUID caseId = transfer.caseId();
        String home = transfer.fromAuthority();
        String receiving = transfer.toAuthority();
        // what the case was at home, read before the home authority lets go of it
        TransferRules.Work work = TransferRules.transferredIn(heldAs(caseId, home), lastRequestedAs(caseId, home));
        Instant now = clock.instant();
        timeLimitsEndAtHome(caseId, home, TransferRules.closedReason(receiving), now);
        leaveHome(caseId, home, TransferRules.closedReason(receiving), now);
        ChildCase childCase = arrive(caseId, home, receiving);

        AllocationRequest request = newRequests.of(childCase.id, work.kind(), work.caseKind(), teamIn(receiving),
                TransferRules.ALLOCATION_TIME_LIMIT, completedAt);
        request.transferId = transfer.transferId();
        request.transferredFrom = home;
        request.reason = TransferRules.reason(home, transfer.transferId());
        newRequests.open(request);
        audit.record("case.transferred-in", "case", caseId, request.reason + ", formal transfer date " + transfer.formalTransferDate()
                + "; allocation due by " + request.dueDate + " (" + TransferRules.ALLOCATION_TIME_LIMIT + ", policy "
                + request.policyVersion + ")");
        LOG.infof("case %s transferred from %s to %s (transfer %s): allocation request %s due %s", caseId, home, receiving,
                transfer.transferId(), request.id, request.dueDate);
        return request;
    }

    /** Whether the transfer's request exists, in whichever authority: the transfer has been applied. */
    private boolean applied(UUID transferId) {
        return !entityManager.createNativeQuery("select id from allocation_request where transfer_id = :transfer")
                .setParameter("transfer", transferId).getResultList().isEmpty();
    }

    /** What the home authority's case manager holds the case as, if anyone does. */
    private String heldAs(UUID caseId, String home) {
        return first(entityManager.createNativeQuery("""
                        select kind from held_case where case_id = :case and authority = :home and role = :caseManager
                        and held_until is null order by held_since desc limit 1""")
                .setParameter("case", caseId).setParameter("home", home).setParameter("caseManager", HeldCase.Role.CASE_MANAGER.name())
                .getResultList());
    }

    /** What the home authority's latest request for the case asked for, an order's before court work's. */
    private String lastRequestedAs(UUID caseId, String home) {
        return first(entityManager.createNativeQuery("""
                        select case_kind from allocation_request where case_id = :case and authority = :home
                        order by (kind = :order) desc, requested_at desc limit 1""")
                .setParameter("case", caseId).setParameter("home", home).setParameter("order", AllocationKind.ORDER.name())
                .getResultList());
    }

    /** The home authority's open time limits of the case stop applying, each held by whoever held it there. */
    private void timeLimitsEndAtHome(UUID caseId, String home, String reason, Instant now) {
        List<?> heldBy = home("select team, case_manager from child_case where id = :case and authority = :home", caseId, home)
                .unwrap(NativeQuery.class).addScalar("team", StandardBasicTypes.STRING)
                .addScalar("case_manager", StandardBasicTypes.UUID).getResultList();
        TimeLimitEvents.Holder holder = heldBy.isEmpty() ? TimeLimitEvents.Holder.NOBODY
                : new TimeLimitEvents.Holder((String) ((Object[]) heldBy.get(0))[0], (UUID) ((Object[]) heldBy.get(0))[1]);
        newRequests.transferredOut(caseId, home, reason, now);
        coAllocations.transferredOut(caseId, home, holder, reason, now);
        internalTransfers.transferredOut(caseId, home, reason, now);
    }

    /** In the home authority, nothing holds or waits for the case any more; its past stays as it was. */
    private void leaveHome(UUID caseId, String home, String reason, Instant now) {
        // its workers (case manager, co-workers, students, restorative justice worker) no longer hold it: capacity freed
        int released = home("update held_case set held_until = :now where case_id = :case and authority = :home and held_until is null",
                caseId, home).setParameter("now", now).executeUpdate();
        int requests = home("""
                        update allocation_request set status = :closed, closed_reason = :reason, closed_at = :now, version = version + 1
                        where case_id = :case and authority = :home and status = :open""", caseId, home)
                .setParameter("closed", AllocationRequest.Status.CLOSED.name()).setParameter("open", AllocationRequest.Status.OPEN.name())
                .setParameter("reason", reason).setParameter("now", now).executeUpdate();
        // ALC-6: no accountable co-worker for a case the authority no longer holds
        home("""
                        update co_allocation set status = :ended, ended_at = :now, ended_where = :where, end_note = :reason,
                        version = version + 1 where case_id = :case and authority = :home and status <> :ended""", caseId, home)
                .setParameter("ended", CoAllocation.Status.ENDED.name()).setParameter("where", TRANSFERRED_OUT)
                .setParameter("reason", reason).setParameter("now", now).executeUpdate();
        // ALC-10: a move between the home authority's locality teams has nothing left to move
        home("""
                        update internal_transfer set status = :withdrawn, closed_reason = :reason, closed_by = :by, closed_at = :now,
                        version = version + 1 where case_id = :case and authority = :home and status not in (:closedStates)""",
                caseId, home)
                .setParameter("withdrawn", InternalTransfer.Status.WITHDRAWN.name())
                .setParameter("closedStates", InternalTransfer.Status.CLOSED.stream().map(Enum::name).toList())
                .setParameter("reason", reason).setParameter("by", CLOSED_BY).setParameter("now", now).executeUpdate();
        // ALC-13: the home authority's specialists no longer screen the child
        home("""
                        update screening_notice set outcome = :outcome, note = :reason, screened_at = :now, version = version + 1
                        where case_id = :case and authority = :home and outcome is null""", caseId, home)
                .setParameter("outcome", TRANSFERRED_OUT).setParameter("reason", reason).setParameter("now", now).executeUpdate();
        LOG.debugf("case %s left %s: %d holdings released, %d requests closed", caseId, home, released, requests);
    }

    /**
     * The case, with what goes with it, is the receiving authority's from now; not yet allocated there. Known
     * there already (an event of the receiving authority's named it first), it stays as it is.
     */
    private ChildCase arrive(UUID caseId, String home, String receiving) {
        for (String statement : List.of(
                "update victim_consent set authority = :receiving where case_id = :case and authority = :home",
                "update enforcement_under_way set authority = :receiving where case_id = :case and authority = :home",
                // its team, case manager and locality were the home authority's
                """
                update child_case set authority = :receiving, case_manager = null, team = null, locality = null,
                version = version + 1 where id = :case and authority = :home""")) {
            home(statement, caseId, home).setParameter("receiving", receiving).executeUpdate();
        }
        entityManager.createNativeQuery("insert into child_case (id, authority) values (:case, :receiving) on conflict (id) do nothing")
                .setParameter("case", caseId).setParameter("receiving", receiving).executeUpdate();
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        if (childCase == null) {
            throw new IllegalStateException("case " + caseId + " is held by an authority other than " + home + " and " + receiving
                    + ": the transfer cannot move it");
        }
        return childCase;
    }

    /** Where the receiving authority allocates a case no team of its holds yet: its court team (CourtTeamConfig). */
    private String teamIn(String receiving) {
        return teams.authorities().getOrDefault(receiving, teams.defaultTeam());
    }

    private jakarta.persistence.Query home(String statement, UUID caseId, String home) {
        return entityManager.createNativeQuery(statement).setParameter("case", caseId).setParameter("home", home);
    }

    private static String first(List<?> values) {
        return values.isEmpty() ? null : (String) values.get(0);
    }
}
