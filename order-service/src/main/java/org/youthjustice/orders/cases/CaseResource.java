package org.youthjustice.orders.cases;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Map;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.orders.caseplan.MilestoneView;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.courtoutcomes.CourtOutcome;
import org.youthjustice.orders.courtoutcomes.Offence;
import org.youthjustice.orders.sentencing.CourtOrder;

@Path("/cases")
@Tag(name = "cases")
public class CaseResource {
    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    org.youthjustice.orders.victims.VictimEvents victimEvents;

    @Inject
    Caller caller;

    @Inject
    CaseAccess access;

    @Inject
    org.youthjustice.orders.assessment.Assessments assessments;

    @Inject
    org.youthjustice.orders.caseplan.CasePlan casePlan;

    public record CaseView(UUID id, String reference, String status, Instant openedAt, ChildView child, List<OutcomeView> outcomes,
            List<OrderView> orders, org.youthjustice.orders.assessment.AssessmentResource.AssessmentView risk, AllocationView allocation,
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
        static AllocationView of(org.youthjustice.orders.allocation.CaseAllocation a) {
            return new AllocationView(a.id, a.caseManager, a.band, a.team, List.of(a.coWorkers), a.rjWorker, a.decidedBy,
                    a.allocatedAt);
        }
    }

    public record OrderView(UUID id, org.youthjustice.events.orders.OrderType type, LocalDate startDate, LocalDate endDate,
            String team, String status, List<CourtOrder.Requirement> requirements, Integer contractMonths, Integer custodyMonths,
            Integer licenceMonths, String parentName) {
    }

    public record ChildView(String givenName, String familyName, LocalDate dateOfBirth, String genderIdentity,
            boolean lookedAfter, String address, String locality, List<ParentCarer> parentCarers) {
    }

    public record OutcomeView(UUID id, String court, String courtLocation, String courtReference, LocalDate hearingDate,
            org.youthjustice.events.orders.CourtOutcome outcome, boolean crownCourt, boolean outOfArea, LocalDate nextHearingDate,
            List<Offence> offences) {
    }

    /** One line of a search result: enough to pick the right child, nothing more. */
    public record CaseSummary(UUID id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
            String status, List<String> teams) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "Search your authority's cases",
            description = "By part of the child's given or family name, date of birth (YYYY-MM-DD), status (open, closed) "
                    + "team, and case manager (a worker id, or `me`); all given criteria must match. A case worker finds only "
                    + "the cases they hold and their team's. At most `limit` cases (default 50, at most 200), by family name.")
    @APIResponse(responseCode = "200", description = "The matching cases, possibly none")
    @APIResponse(responseCode = "400", description = "A criterion is not valid, each listed")
    public List<CaseSummary> search(@QueryParam("name") String name, @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("status") String status, @QueryParam("team") String team, @QueryParam("caseManager") String caseManagerId,
            @QueryParam("limit") String limit) {
        List<org.youthjustice.problem.Violation> violations = new java.util.ArrayList<>();
        LocalDate born = parse(dateOfBirth, "dateOfBirth", violations, LocalDate::parse, "a date as YYYY-MM-DD");
        ChildCase.Status state = parse(status, "status", violations, s -> ChildCase.Status.valueOf(s.toUpperCase()), "open or closed");
        UUID caseManager = "me".equals(caseManagerId) ? org.youthjustice.kernel.tenancy.CaseHolding.workerId(caller.subject())
                : parse(caseManagerId, "caseManager", violations, UUID::fromString, "a worker id or 'me'");
        Integer max = parse(limit, "limit", violations, Integer::valueOf, "a whole number from 1 to 200");
        if (max != null && (max < 1 || max > 200)) {
            violations.add(org.youthjustice.problem.Violation.ofField("limit", "must be a whole number from 1 to 200"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
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
            UUID me = org.youthjustice.kernel.tenancy.CaseHolding.workerId(caller.subject());
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

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.COURT_OFFICER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "A child's case with its court outcomes")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case in your authority, or not one of your cases")
    public CaseView get(@PathParam("id") UUID id) {
        ChildCase childCase = access.readable(id);
        List<OutcomeView> outcomes = entityManager.createQuery(
                        "from CourtOutcome where caseId = :id order by hearingDate, recordedAt", CourtOutcome.class)
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
                        "from CaseAllocation where caseId = :id order by allocatedAt", org.youthjustice.orders.allocation.CaseAllocation.class)
                .setParameter("id", id).getResultStream().map(AllocationView::of).toList();
        return new CaseView(childCase.id, childCase.reference, childCase.status.name().toLowerCase(), childCase.openedAt,
                new ChildView(childCase.givenName, childCase.familyName, childCase.dateOfBirth, childCase.genderIdentity,
                        childCase.lookedAfter, childCase.address, childCase.locality, List.copyOf(childCase.parentCarers)),
                outcomes, orders,
                assessments.latest(id).map(org.youthjustice.orders.assessment.AssessmentResource.AssessmentView::of).orElse(null),
                // the current allocation: none since a transfer in, until the receiving authority allocates
                childCase.caseManager == null || allocations.isEmpty() ? null : allocations.get(allocations.size() - 1), allocations,
                MilestoneView.all(casePlan.of(id), clock.instant()),
                entityManager.createQuery("from Caretaking where caseId = :id order by startDate",
                                org.youthjustice.orders.transfers.Caretaking.class)
                        .setParameter("id", id).getResultStream()
                        .map(c -> new CaretakingView(c.transferId, c.hostAuthority, c.startDate, c.reviewDate,
                                List.of(c.responsibilities), c.endDate)).toList(),
                victimEvents.of(id).stream().map(f -> new VictimRiskFlagView(f.flag, f.flaggedAt)).toList());
    }
}
