package org.youthjustice.orders.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderType;
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
import org.youthjustice.orders.courtoutcomes.Hearing;
import org.youthjustice.orders.courtoutcomes.Offence;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.orders.transfers.Caretaking;
import org.youthjustice.orders.victims.VictimEvents;

/**
 * The child's case file, read in one go: the case with its court outcomes, orders, allocations, latest risk
 * levels, milestones, caretaking and victim risk flags; and the search over an authority's cases. The top of
 * order-service's packages: it reads every other one, and none reads it.
 */
@ApplicationScoped
public class CaseFiles {
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

    public record CaseView(UUID id, String reference, String status, Instant openedAt, ChildView child, List<OutcomeView> outcomes,
            List<OrderView> orders, AssessmentView risk, AllocationView allocation,
            List<AllocationView> allocations, List<MilestoneView> milestones, List<CaretakingView> caretaking,
            List<VictimRiskFlagView> victimRiskFlags) {
    }

    /** A host authority caretaking the child for this authority (TRF-8); {@code endDate} is null while it lasts. */
    public record CaretakingView(UUID transferId, String hostAuthority, LocalDate startDate, LocalDate reviewDate,
            List<String> responsibilities, LocalDate endDate) {
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

    public record ChildView(String givenName, String familyName, LocalDate dateOfBirth, String genderIdentity,
            boolean lookedAfter, String address, String locality, List<ParentCarer> parentCarers) {
    }

    public record OutcomeView(UUID id, String court, String courtLocation, String courtReference, LocalDate hearingDate,
            CourtOutcome outcome, boolean crownCourt, boolean outOfArea, LocalDate nextHearingDate,
            List<Offence> offences) {
    }

    /** One line of a search result: enough to pick the right child, nothing more. */
    public record CaseSummary(UUID id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
            String status, List<String> teams) {
    }

    /** What a search asks for; every criterion given must match. */
    public record Criteria(String name, LocalDate born, ChildCase.Status state, UUID caseManager, String team, Integer max) {
    }

    /** The authority's cases matching {@code criteria}; a case worker's search covers only their own cases and their team's. */
    public List<CaseSummary> search(Criteria criteria) {
        String name = criteria.name();
        LocalDate born = criteria.born();
        ChildCase.Status state = criteria.state();
        UUID caseManager = criteria.caseManager();
        String team = criteria.team();
        Integer max = criteria.max();
        StringBuilder query = new StringBuilder("select c from ChildCase c where 1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (name != null && !name.isBlank()) {
            query.append(" and (lower(c.givenName) like :name or lower(c.familyName) like :name)");
            parameters.put("name", "%" + name.trim().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (born != null) {
            query.append(" and c.dateOfBirth = :born");
            parameters.put("born", born);
        }
        if (state != null) {
            query.append(" and c.status = :status");
            parameters.put("status", state);
        }
        if (caseManager != null) {
            query.append(" and c.caseManager = :caseManager");
            parameters.put("caseManager", caseManager);
        }
        if (!access.readsEveryCase()) {
            // a case worker finds only their own cases and their team's (ROLES.md)
            query.append(" and (c.caseManager = :me or array_contains(c.coWorkers, :me) or c.team = :myTeam)");
            UUID me = CaseHolding.workerId(caller.subject());
            parameters.put("me", me == null ? new UUID(0, 0) : me);
            parameters.put("myTeam", caller.team().orElse(""));
        }
        if (team != null && !team.isBlank()) {
            // the team holding the case since allocation, or the team its orders were routed to (ORD-15)
            query.append(" and (c.team = :team or c.id in (select o.caseId from CourtOrder o where o.team = :team))");
            parameters.put("team", team.trim());
        }
        query.append(" order by lower(c.familyName), lower(c.givenName), c.dateOfBirth");
        jakarta.persistence.TypedQuery<ChildCase> found = entityManager.createQuery(query.toString(), ChildCase.class)
                .setMaxResults(max == null ? 50 : max);
        parameters.forEach(found::setParameter);
        List<ChildCase> cases = found.getResultList();
        Map<UUID, List<String>> teams = teamsOf(cases.stream().map(c -> c.id).toList());
        return cases.stream().map(c -> new CaseSummary(c.id, c.reference, c.givenName, c.familyName, c.dateOfBirth,
                c.status.name().toLowerCase(), teams.getOrDefault(c.id, List.of()))).toList();
    }

    private Map<UUID, List<String>> teamsOf(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> teams = new java.util.HashMap<>();
        entityManager.createQuery("select o.caseId, o.team from CourtOrder o where o.caseId in :ids order by o.startDate", Object[].class)
                .setParameter("ids", caseIds).getResultStream()
                .forEach(row -> teams.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>()).add((String) row[1]));
        return teams;
    }

    /** The case file of a case the caller may read (404 otherwise). */
    public CaseView view(UUID id) {
        ChildCase childCase = access.readable(id);
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
        return new CaseView(childCase.id, childCase.reference, childCase.status.name().toLowerCase(), childCase.openedAt,
                new ChildView(childCase.givenName, childCase.familyName, childCase.dateOfBirth, childCase.genderIdentity,
                        childCase.lookedAfter, childCase.address, childCase.locality, List.copyOf(childCase.parentCarers)),
                outcomes, orders,
                assessments.latest(id).map(AssessmentView::of).orElse(null),
                // the current allocation: none since a transfer in, until the receiving authority allocates
                childCase.caseManager == null || allocations.isEmpty() ? null : allocations.get(allocations.size() - 1), allocations,
                MilestoneView.all(casePlan.of(id), clock.instant()),
                entityManager.createQuery("from Caretaking where caseId = :id order by startDate",
                                Caretaking.class)
                        .setParameter("id", id).getResultStream()
                        .map(c -> new CaretakingView(c.transferId, c.hostAuthority, c.startDate, c.reviewDate,
                                List.of(c.responsibilities), c.endDate)).toList(),
                victimEvents.of(id).stream().map(f -> new VictimRiskFlagView(f.flag, f.flaggedAt)).toList());
    }
}
