package org.youthjustice.orders.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.allocation.CaseAllocation;
import org.youthjustice.orders.assessment.AssessmentResource.AssessmentView;
import org.youthjustice.orders.assessment.Assessments;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.orders.cases.CaseAccess;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.cases.ParentCarer;
import org.youthjustice.orders.cases.TransferredOutCase;
import org.youthjustice.orders.courtoutcomes.Hearing;
import org.youthjustice.orders.courtoutcomes.Offence;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.orders.transfers.CaseRecordSnapshot;
import org.youthjustice.orders.transfers.Caretaking;
import org.youthjustice.orders.victims.VictimEvents;

/**
 * The child's case file, read in one go: the case with its court outcomes, orders, allocations, latest risk
 * levels, milestones, caretaking and victim risk flags; and the search over an authority's cases. The top of
 * order-service's packages: it reads every other one, and none reads it.
 *
 * <p>A case the authority transferred out (TRF-1) is answered from its closed record: what the case file held
 * when the case left, written down here ({@link CaseRecordSnapshot}) and read back in the same shape.
 */
@ApplicationScoped
public class CaseFiles implements CaseRecordSnapshot {
    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    Assessments assessments;

    @Inject
    CasePlan casePlan;

    @Inject
    VictimEvents victimEvents;

    @Inject
    ObjectMapper json;

    public record CaseView(UUID id, String reference,
            @Schema(description = "open or closed; transferred-out for a case your authority transferred to another: "
                    + "then the case file is your closed record of it, as it stood when it left (TRF-1)",
                    enumeration = { "open", "closed", "transferred-out" }, example = "transferred-out")
            String status,
            @Schema(description = "True for a transferred-out case: nothing is recorded on it any more (409)")
            boolean readOnly,
            @Schema(description = "The transfer that took the case to another authority; null unless transferred out")
            TransferredOutView transferredOut,
            Instant openedAt, ChildView child, List<OutcomeView> outcomes,
            List<OrderView> orders, AssessmentView risk, AllocationView allocation,
            List<AllocationView> allocations, List<MilestoneView> milestones, List<CaretakingView> caretaking,
            List<VictimRiskFlagView> victimRiskFlags) {
    }

    /** The full transfer (TRF-1) that took the case from this authority, as transfer.completed announced it. */
    @Schema(description = "The full transfer that took the case to another authority (TRF-1)")
    public record TransferredOutView(
            @Schema(description = "The formal transfer date", example = "2026-11-20") LocalDate date,
            @Schema(description = "The authority that holds the case now", example = "nottinghamshire") String receivingAuthority,
            @Schema(description = "The transfer in transfer-service", example = "8c0b7a4e-1f2d-4e3c-9b8a-7d6e5f4a3b2c")
            UUID transferId) {
    }

    /**
     * A host authority caretaking the child for this authority (TRF-8); {@code endDate} and {@code outcome} are
     * null while it lasts, {@code outcome} says why it ended: the child returned home, or it became a full
     * transfer (TRF-2).
     */
    public record CaretakingView(UUID transferId, String hostAuthority, LocalDate startDate, LocalDate reviewDate,
            List<String> responsibilities, LocalDate endDate,
            @Schema(description = "Why caretaking ended; null while it lasts",
                    enumeration = { "returned-home", "converted-to-full-transfer" })
            CaretakingEnded.Outcome outcome) {
    }

    /**
     * What the case file holds besides the child: read live for a case of this authority, and written down
     * as the snapshot of a case it transfers out, milestones as they stood then.
     */
    record HeldRecords(List<OutcomeView> outcomes, List<OrderView> orders, AssessmentView risk,
            List<AllocationView> allocations, List<MilestoneView> milestones, List<CaretakingView> caretaking,
            List<VictimRiskFlagView> victimRiskFlags) {
    }

    /** A risk to a specific victim, with no victim's details (VIC-5). */
    public record VictimRiskFlagView(String flag, Instant flaggedAt) {
    }

    /** An allocation decision as allocation-service announced it; the case's current one, and its history. */
    public record AllocationView(UUID id, UUID caseManager, String band, String team, List<UUID> coWorkers, UUID rjWorker,
            String decidedBy, Instant allocatedAt) {
        static AllocationView of(CaseAllocation a) {
            return new AllocationView(a.id, a.caseManager, a.band, a.team, List.of(a.coWorkers), a.rjWorker, a.decidedBy,
                    a.allocatedAt);
        }
    }

    public record OrderView(UUID id, OrderType type, LocalDate startDate, LocalDate endDate,
            String team, String status, List<CourtOrder.Requirement> requirements, Integer contractMonths, Integer custodyMonths,
            Integer licenceMonths, String parentName) {
    }

    /** The child; of a transferred-out case only the name and date of birth the authority knew are kept. */
    public record ChildView(String givenName, String familyName, LocalDate dateOfBirth, String genderIdentity,
            Boolean lookedAfter, String address, String locality, List<ParentCarer> parentCarers) {
    }

    public record OutcomeView(UUID id, String court, String courtLocation, String courtReference, LocalDate hearingDate,
            CourtOutcome outcome, boolean crownCourt, boolean outOfArea, LocalDate nextHearingDate,
            List<Offence> offences) {
    }

    /** One line of a search result: enough to pick the right child, nothing more. */
    public record CaseSummary(UUID id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
            String status, List<String> teams) {
    }

    /**
     * What a search asks for; every criterion given must match. {@code transferredOut} asks for the cases the
     * authority transferred out only, {@code state} for its own open or closed ones; neither, for both.
     */
    public record Criteria(String name, LocalDate born, ChildCase.Status state, boolean transferredOut, UUID caseManager,
            String team, Integer max) {
    }

    /**
     * The authority's cases matching {@code criteria}, by family name, given name and date of birth; a case worker's
     * search covers only their own cases and their team's. The cases it transferred out are listed as such, from
     * their closed records, when the status asked for allows.
     */
    public List<CaseSummary> search(Criteria criteria) {
        int max = criteria.max() == null ? 50 : criteria.max();
        List<CaseSummary> found = new ArrayList<>();
        if (!criteria.transferredOut()) {
            found.addAll(liveCases(criteria, max));
        }
        if (criteria.state() == null) {
            found.addAll(transferredOut(criteria, max));
        }
        return found.stream().sorted(SEARCH_ORDER).limit(max).toList();
    }

    private static final Comparator<CaseSummary> SEARCH_ORDER = Comparator
            .comparing((CaseSummary c) -> c.familyName().toLowerCase())
            .thenComparing(c -> c.givenName().toLowerCase())
            .thenComparing(CaseSummary::dateOfBirth);

    private List<CaseSummary> liveCases(Criteria criteria, int max) {
        StringBuilder query = new StringBuilder("select c from ChildCase c where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        matchChild("c", criteria, query, parameters);
        if (criteria.state() != null) {
            query.append(" and c.status = :status");
            parameters.put("status", criteria.state());
        }
        if (criteria.caseManager() != null) {
            query.append(" and c.caseManager = :caseManager");
            parameters.put("caseManager", criteria.caseManager());
        }
        if (criteria.team() != null && !criteria.team().isBlank()) {
            // the team holding the case since allocation, or the team its orders were routed to (ORD-15)
            query.append(" and (c.team = :team or c.id in (select o.caseId from CourtOrder o where o.team = :team))");
            parameters.put("team", criteria.team().trim());
        }
        query.append(" order by lower(c.familyName), lower(c.givenName), c.dateOfBirth");
        jakarta.persistence.TypedQuery<ChildCase> found = entityManager.createQuery(query.toString(), ChildCase.class)
                .setMaxResults(max);
        parameters.forEach(found::setParameter);
        List<ChildCase> cases = found.getResultList();
        Map<UUID, List<String>> teams = teamsOf(cases.stream().map(c -> c.id).toList());
        return cases.stream().map(c -> new CaseSummary(c.id, c.reference, c.givenName, c.familyName, c.dateOfBirth,
                c.status.name().toLowerCase(), teams.getOrDefault(c.id, List.of()))).toList();
    }

    /** The latest closed record of each case the authority transferred out and does not hold again. */
    private List<CaseSummary> transferredOut(Criteria criteria, int max) {
        if (criteria.caseManager() != null) {
            return List.of(); // no one here manages a case that left
        }
        StringBuilder query = new StringBuilder("""
                select r from TransferredOutCase r where not exists (select c.id from ChildCase c where c.id = r.caseId)
                and r.closedAt = (select max(l.closedAt) from TransferredOutCase l where l.caseId = r.caseId)""");
        Map<String, Object> parameters = new HashMap<>();
        matchChild("r", criteria, query, parameters);
        if (criteria.team() != null && !criteria.team().isBlank()) {
            query.append(" and (r.team = :team or array_contains(r.teams, :team))");
            parameters.put("team", criteria.team().trim());
        }
        query.append(" order by lower(r.familyName), lower(r.givenName), r.dateOfBirth");
        jakarta.persistence.TypedQuery<TransferredOutCase> found = entityManager.createQuery(query.toString(),
                TransferredOutCase.class).setMaxResults(max);
        parameters.forEach(found::setParameter);
        return found.getResultStream().map(r -> new CaseSummary(r.caseId, r.reference, r.givenName, r.familyName,
                r.dateOfBirth, r.closedAs, List.of(r.teams))).toList();
    }

    /**
     * The criteria a case and a closed record share, on {@code alias}: the child's name and date of birth, and
     * for a case worker who holds it (as case manager or co-worker) or their team (ROLES.md); a closed record
     * is held as it was when the case left.
     */
    private void matchChild(String alias, Criteria criteria, StringBuilder query, Map<String, Object> parameters) {
        String name = criteria.name();
        if (name != null && !name.isBlank()) {
            query.append(" and (lower(%1$s.givenName) like :name or lower(%1$s.familyName) like :name)".formatted(alias));
            parameters.put("name", "%" + name.trim().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (criteria.born() != null) {
            query.append(" and %s.dateOfBirth = :born".formatted(alias));
            parameters.put("born", criteria.born());
        }
        if (!access.readsEveryCase()) {
            query.append(" and (%1$s.caseManager = :me or array_contains(%1$s.coWorkers, :me) or %1$s.team = :myTeam)"
                    .formatted(alias));
            UUID me = CaseHolding.workerId(caller.subject());
            parameters.put("me", me == null ? new UUID(0, 0) : me);
            parameters.put("myTeam", caller.team().orElse(""));
        }
    }

    private Map<UUID, List<String>> teamsOf(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> teams = new HashMap<>();
        entityManager.createQuery("select o.caseId, o.team from CourtOrder o where o.caseId in :ids order by o.startDate", Object[].class)
                .setParameter("ids", caseIds).getResultStream()
                .forEach(row -> teams.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return teams;
    }

    /**
     * The case file of a case the caller may read (404 otherwise); of a case the authority transferred out, its
     * closed record, read-only (TRF-1).
     */
    public CaseView view(UUID id) {
        Optional<TransferredOutCase> closed = access.transferredOut(id);
        if (closed.isPresent()) {
            return closedView(closed.get());
        }
        ChildCase childCase = access.readable(id);
        HeldRecords held = held(id, clock.instant());
        List<AllocationView> allocations = held.allocations();
        return new CaseView(childCase.id, childCase.reference, childCase.status.name().toLowerCase(), false, null,
                childCase.openedAt,
                new ChildView(childCase.givenName, childCase.familyName, childCase.dateOfBirth, childCase.genderIdentity,
                        childCase.lookedAfter, childCase.address, childCase.locality, List.copyOf(childCase.parentCarers)),
                held.outcomes(), held.orders(), held.risk(),
                // the current allocation: none since a transfer in, until the receiving authority allocates
                childCase.caseManager == null || allocations.isEmpty() ? null : allocations.get(allocations.size() - 1), allocations,
                held.milestones(), held.caretaking(), held.victimRiskFlags());
    }

    /** The snapshot of a case being transferred out: its records as they are read now, milestones as they stood {@code at}. */
    @Override
    public String of(UUID caseId, Instant at) {
        try {
            return json.writeValueAsString(held(caseId, at));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a case file always serialises", e);
        }
    }

    private CaseView closedView(TransferredOutCase closed) {
        HeldRecords held;
        try {
            held = json.readValue(closed.snapshot, HeldRecords.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the snapshot of transfer " + closed.transferId + " always reads back", e);
        }
        // the child's name and date of birth as this authority knew them; the rest of who they are is no longer its to keep
        return new CaseView(closed.caseId, closed.reference, closed.closedAs, true,
                new TransferredOutView(closed.formalTransferDate, closed.receivingAuthority, closed.transferId),
                closed.openedAt,
                new ChildView(closed.givenName, closed.familyName, closed.dateOfBirth, null, null, null, null, List.of()),
                orEmpty(held.outcomes()), orEmpty(held.orders()), held.risk(), null, orEmpty(held.allocations()),
                orEmpty(held.milestones()), orEmpty(held.caretaking()), orEmpty(held.victimRiskFlags()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private HeldRecords held(UUID id, Instant now) {
        List<OutcomeView> outcomes = entityManager.createQuery(
                        "from Hearing where caseId = :id order by hearingDate, recordedAt", Hearing.class)
                .setParameter("id", id).getResultStream()
                .map(o -> new OutcomeView(o.id, o.courtName, o.courtLocation, o.courtReference, o.hearingDate, o.outcome,
                        o.crownCourt, o.outOfArea, o.nextHearingDate, List.copyOf(o.offences)))
                .toList();
        List<OrderView> orders = entityManager.createQuery("from CourtOrder where caseId = :id order by startDate", CourtOrder.class)
                .setParameter("id", id).getResultStream()
                .map(o -> new OrderView(o.id, o.orderType, o.startDate, o.endDate, o.team, o.status.name().toLowerCase(),
                        List.copyOf(o.requirements), o.contractMonths, o.custodyMonths, o.licenceMonths, o.parentName))
                .toList();
        List<AllocationView> allocations = entityManager.createQuery(
                        "from CaseAllocation where caseId = :id order by allocatedAt", CaseAllocation.class)
                .setParameter("id", id).getResultStream().map(AllocationView::of).toList();
        List<CaretakingView> caretaking = entityManager.createQuery("from Caretaking where caseId = :id order by startDate",
                        Caretaking.class)
                .setParameter("id", id).getResultStream()
                .map(c -> new CaretakingView(c.transferId, c.hostAuthority, c.startDate, c.reviewDate,
                        List.of(c.responsibilities), c.endDate, c.outcome)).toList();
        return new HeldRecords(outcomes, orders, assessments.latest(id).map(AssessmentView::of).orElse(null), allocations,
                MilestoneView.all(casePlan.of(id), now), caretaking,
                victimEvents.of(id).stream().map(f -> new VictimRiskFlagView(f.flag, f.flaggedAt)).toList());
    }
}
