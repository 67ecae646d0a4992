package org.youthjustice.orders.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
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
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

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
    WorkingDayCalendar calendar;

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
    public record Criteria(String name, String reference, LocalDate born, ChildCase.Status state, boolean transferredOut,
            UUID caseManager, String team) {
    }

    /**
     * The filters of the search, one fixed text: every criterion is a bound value, and one that is not given is
     * switched off by its flag ({@code :anyX = true}), which PostgreSQL folds away when it plans the query with the
     * values, leaving exactly the filters asked for (the trigram index for a name: V11). The authority is
     * Hibernate's (@TenantId), added to each part. A case worker's search covers the cases they hold (as case
     * manager or co-worker) and their team's (ROLES.md); a closed record is held as it was when the case left.
     */
    private static final String LIVE_CASES = """
            from ChildCase c
            where :live = true
              and (:anyName = true or lower(c.givenName) like :name escape '!' or lower(c.familyName) like :name escape '!')
              and (:anyReference = true or c.reference = :reference)
              and (:anyBorn = true or c.dateOfBirth = :born)
              and (:everyCase = true or c.caseManager = :me or array_contains(c.coWorkers, :me) or c.team = :myTeam)
              and (:anyState = true or c.status = :state)
              and (:anyCaseManager = true or c.caseManager = :caseManager)
              and (:anyTeam = true or c.team = :team or c.id in (select o.caseId from CourtOrder o where o.team = :team))
            """;

    /**
     * The latest closed record of each case the authority transferred out and does not hold again; the team is
     * the one that held it, or one its orders went to (ORD-15). No one here manages a case that left, so a
     * search by case manager finds none.
     */
    private static final String TRANSFERRED_OUT_CASES = """
            from TransferredOutCase r
            where :transferred = true and :anyCaseManager = true
              and not exists (select h.id from ChildCase h where h.id = r.caseId)
              and r.closedAt = (select max(l.closedAt) from TransferredOutCase l where l.caseId = r.caseId)
              and (:anyName = true or lower(r.givenName) like :name escape '!' or lower(r.familyName) like :name escape '!')
              and (:anyReference = true or r.reference = :reference)
              and (:anyBorn = true or r.dateOfBirth = :born)
              and (:everyCase = true or r.caseManager = :me or array_contains(r.coWorkers, :me) or r.team = :myTeam)
              and (:anyTeam = true or r.team = :team or array_contains(r.teams, :team))
            """;

    /**
     * Both in one list, by family name, given name and date of birth, then case id (so that pages never overlap);
     * each line is the case id and the id of the row to read (the case, or the closed record). The positions name
     * the columns: the union's own order, applied before the page is cut.
     */
    private static final String SEARCH = "select c.id, c.id, lower(c.familyName), lower(c.givenName), c.dateOfBirth "
            + LIVE_CASES
            + " union all select r.caseId, r.transferId, lower(r.familyName), lower(r.givenName), r.dateOfBirth "
            + TRANSFERRED_OUT_CASES
            + " order by 3, 4, 5, 1";

    /**
     * One page of the authority's cases matching {@code criteria}, by family name, given name and date of birth,
     * and how many there are in all. The cases it transferred out are listed as such, from their closed records,
     * when the status asked for allows.
     */
    public Page<CaseSummary> search(Criteria criteria, PageRequest page) {
        Map<String, Object> parameters = searchParameters(criteria);
        List<Object[]> lines = bind(entityManager.createQuery(SEARCH, Object[].class), parameters)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = bind(entityManager.createQuery("select count(*) " + LIVE_CASES, Long.class), parameters).getSingleResult()
                + bind(entityManager.createQuery("select count(*) " + TRANSFERRED_OUT_CASES, Long.class), parameters)
                        .getSingleResult();

        List<UUID> ids = lines.stream().map(line -> (UUID) line[1]).toList();
        Map<UUID, CaseSummary> found = new HashMap<>();
        if (!ids.isEmpty()) {
            List<ChildCase> cases = entityManager.createQuery("from ChildCase c where c.id in :ids", ChildCase.class)
                    .setParameter("ids", ids).getResultList();
            Map<UUID, List<String>> teams = teamsOf(cases.stream().map(c -> c.id).toList());
            cases.forEach(c -> found.put(c.id, new CaseSummary(c.id, c.reference, c.givenName, c.familyName, c.dateOfBirth,
                    c.status.name().toLowerCase(), teams.getOrDefault(c.id, List.of()))));
            entityManager.createQuery("from TransferredOutCase r where r.transferId in :ids", TransferredOutCase.class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(r -> found.put(r.transferId, new CaseSummary(r.caseId, r.reference, r.givenName, r.familyName,
                            r.dateOfBirth, r.closedAs, List.of(r.teams))));
        }
        return new Page<>(ids.stream().map(found::get).toList(), total, page);
    }

    private Map<String, Object> searchParameters(Criteria criteria) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("live", !criteria.transferredOut());
        parameters.put("transferred", criteria.state() == null);
        String name = criteria.name() == null ? "" : criteria.name().trim();
        parameters.put("anyName", name.isEmpty());
        parameters.put("name", "%" + literally(name.toLowerCase(Locale.ROOT)) + "%");
        // a case reference is the whole reference (YJ-2026-ABC123), as written: the unique (authority, reference) finds it
        String reference = criteria.reference() == null ? "" : criteria.reference().trim().toUpperCase(Locale.ROOT);
        parameters.put("anyReference", reference.isEmpty());
        parameters.put("reference", reference);
        parameters.put("anyBorn", criteria.born() == null);
        parameters.put("born", criteria.born() == null ? LocalDate.EPOCH : criteria.born());
        boolean everyCase = access.readsEveryCase();
        UUID me = CaseHolding.workerId(caller.subject());
        parameters.put("everyCase", everyCase);
        parameters.put("me", me == null ? new UUID(0, 0) : me);
        parameters.put("myTeam", caller.team().orElse(""));
        parameters.put("anyState", criteria.state() == null);
        parameters.put("state", criteria.state() == null ? ChildCase.Status.OPEN : criteria.state());
        parameters.put("anyCaseManager", criteria.caseManager() == null);
        parameters.put("caseManager", criteria.caseManager() == null ? new UUID(0, 0) : criteria.caseManager());
        String team = criteria.team() == null ? "" : criteria.team().trim();
        parameters.put("anyTeam", team.isEmpty());
        parameters.put("team", team);
        return parameters;
    }

    /** {@code value} as a like pattern matching itself: %, _ and the escape character ! stand for themselves. */
    static String literally(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Binds the parameters {@code query} has (a count has the filters of one part of the search only). */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        query.getParameters().forEach(parameter -> query.setParameter(parameter.getName(), parameters.get(parameter.getName())));
        return query;
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
                MilestoneView.all(casePlan.of(id), now, calendar), caretaking,
                victimEvents.of(id).stream().map(f -> new VictimRiskFlagView(f.flag, f.flaggedAt)).toList());
    }
}
