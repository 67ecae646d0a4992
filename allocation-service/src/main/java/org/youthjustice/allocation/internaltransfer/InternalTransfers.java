package org.youthjustice.allocation.internaltransfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.youthjustice.allocation.capacity.Caseloads;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.capacity.TimeLimitEvents;
import org.youthjustice.allocation.capacity.TimeLimitEvents.Holder;
import org.youthjustice.allocation.capacity.TimeLimitEvents.TimeLimit;
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.allocation.requests.Allocations;
import org.youthjustice.allocation.requests.ChildCase;
import org.youthjustice.allocation.requests.Reallocations;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.InternalTransferCompleted;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.CaseHolding;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/**
 * ALC-10 (Nottinghamshire policy §11): a case moved to a worker of another locality team. The case
 * manager proposes it with the considerations of §11.2; their manager endorses it, or, if the locality
 * managers cannot agree, the service manager decides; a case managed at MAPPA level 2 or 3 needs the MAPPA
 * meeting's endorsement too. Then the receiving team's manager allocates one of their workers within 2
 * working days (by the rules of any allocation), and the three-way meeting of both case managers and the
 * child, within 5 working days, is the formal transfer date. Until it happens the original team and case
 * manager stay responsible (a meeting that did not happen or that the child missed transfers nothing), and
 * enforcement under way is completed first. {@code internal-transfer.completed} announces the move. The
 * allocation and the meeting are time limits told to the partnership ({@link TimeLimitEvents}), the receiving team's.
 */
@ApplicationScoped
public class InternalTransfers {
    /** The roles that manage transfers of any case; case workers and senior case managers propose their own. */
    static final String[] MANAGERS = { Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER };

    @Inject
    EntityManager entityManager;

    @Inject
    Workforce workforce;

    @Inject
    Allocations allocations;

    @Inject
    Reallocations reallocations;

    @Inject
    Caseloads caseloads;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    @Inject
    TimeLimitEvents timeLimits;

    @Inject
    Clock clock;

    public record Proposal(@NotBlank @Size(max = 100) String toTeam, @NotBlank @Size(max = 4000) String reason) {
    }

    public record Endorsement(@NotNull @Pattern(regexp = "endorsed|not-agreed", message = "must be endorsed or not-agreed") String decision,
            @Size(max = 4000) String note) {
    }

    public record MappaEndorsement(@NotNull LocalDate meetingOn, @Size(max = 4000) String note) {
    }

    public record TransferAllocation(@NotNull UUID workerId, @Size(max = 4000) String rationale) {
    }

    public record Meeting(@NotNull LocalDate heldOn,
            @NotNull @Pattern(regexp = "held|child-did-not-attend|did-not-take-place",
                    message = "must be held, child-did-not-attend or did-not-take-place") String outcome,
            @Size(max = 4000) String note) {
    }

    public record Withdrawal(@NotBlank @Size(max = 4000) String reason) {
    }

    @Transactional
    public InternalTransfer propose(UUID caseId, Proposal proposal) {
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        HeldCase held = childCase == null ? null : caseloads.current(caseId, HeldCase.Role.CASE_MANAGER).orElse(null);
        if (held == null) {
            throw ProblemException.notFound("allocated case " + caseId);
        }
        if (!caller.hasAnyRole(MANAGERS) && !held.workerId.equals(CaseHolding.workerId(caller.subject()))) {
            throw ProblemException.forbidden("the case's case manager, or a manager, proposes its transfer");
        }
        String toTeam = proposal.toTeam().trim();
        if (toTeam.equals(childCase.team)) {
            throw ProblemException.invalid(List.of(Violation.ofField("toTeam", "the case is already in team " + toTeam)));
        }
        if (workforce.workers(toTeam).isEmpty()) {
            throw ProblemException.invalid(List.of(Violation.ofField("toTeam", "no team " + toTeam + " with workers in your authority")));
        }
        if (InternalTransfer.underWay(entityManager, caseId)) {
            throw ProblemException.conflict("a transfer of this case is under way already");
        }
        InternalTransfer transfer = new InternalTransfer();
        transfer.id = UUID.randomUUID();
        transfer.caseId = caseId;
        transfer.fromTeam = childCase.team;
        transfer.toTeam = toTeam;
        transfer.fromWorkerId = held.workerId;
        transfer.reason = proposal.reason();
        transfer.proposedBy = caller.username();
        transfer.proposedAt = clock.instant();
        transfer.status = InternalTransfer.Status.PROPOSED;
        transfer.mappaLevel = childCase.mappaLevel;
        entityManager.persist(transfer);
        entityManager.flush(); // two proposals at once: the unique index refuses the second (409)
        audit.record("internal-transfer.proposed", "case", caseId, "to team " + toTeam + ": " + proposal.reason());
        return transfer;
    }

    /**
     * The manager's decision (§11.4). Not the proposer's own; a team's manager decides for their own team. Not
     * agreed by the locality managers, it goes to the service manager, whose decision ends it either way.
     */
    @Transactional
    public InternalTransfer endorse(UUID id, Endorsement endorsement) {
        InternalTransfer transfer = transfer(id);
        boolean serviceManager = caller.hasRole(Roles.SERVICE_MANAGER);
        if (transfer.status == InternalTransfer.Status.ESCALATED && !serviceManager) {
            throw ProblemException.forbidden("the locality managers did not agree this transfer: the service manager decides it");
        }
        if (transfer.status != InternalTransfer.Status.PROPOSED && transfer.status != InternalTransfer.Status.ESCALATED) {
            throw ProblemException.conflict("the transfer is " + transfer.status.wireName() + ": its endorsement is decided");
        }
        if (Objects.equals(transfer.proposedBy, caller.username())) {
            throw ProblemException.forbidden("a manager other than the one who proposed it endorses a transfer");
        }
        ownTeam(transfer.fromTeam, "endorses");
        Instant now = clock.instant();
        transfer.endorsedBy = caller.username();
        transfer.endorsedAt = now;
        transfer.endorsementNote = endorsement.note();
        if ("endorsed".equals(endorsement.decision())) {
            transfer.status = InternalTransfer.Status.ENDORSED;
            dueForAllocation(transfer, now);
        } else if (serviceManager) {
            close(transfer, InternalTransfer.Status.REFUSED, endorsement.note() == null ? "not agreed by the service manager"
                    : endorsement.note());
        } else {
            transfer.status = InternalTransfer.Status.ESCALATED;
            transfer.escalatedAt = now;
        }
        entityManager.flush();
        audit.record("internal-transfer." + transfer.status.wireName(), "case", transfer.caseId,
                endorsement.decision() + (endorsement.note() == null ? "" : ": " + endorsement.note()));
        return transfer;
    }

    /** §11.5: the MAPPA meeting's endorsement, for a child managed at MAPPA level 2 or 3. */
    @Transactional
    public InternalTransfer mappaEndorsed(UUID id, MappaEndorsement endorsement) {
        InternalTransfer transfer = transfer(id);
        if (!transfer.needsMappaEndorsement()) {
            throw ProblemException.conflict("the child is not managed at MAPPA level 2 or 3: no MAPPA endorsement is needed");
        }
        if (transfer.status != InternalTransfer.Status.PROPOSED && transfer.status != InternalTransfer.Status.ESCALATED
                && transfer.status != InternalTransfer.Status.ENDORSED) {
            throw ProblemException.conflict("the transfer is " + transfer.status.wireName());
        }
        if (transfer.mappaEndorsedOn != null) {
            throw ProblemException.conflict("the MAPPA endorsement is recorded already (" + transfer.mappaEndorsedOn + ")");
        }
        if (endorsement.meetingOn().isAfter(Moments.ukToday(clock))) {
            throw ProblemException.invalid(List.of(Violation.ofField("meetingOn", "the MAPPA meeting is recorded once it has been held")));
        }
        transfer.mappaEndorsedOn = endorsement.meetingOn();
        transfer.mappaNote = endorsement.note();
        dueForAllocation(transfer, clock.instant());
        entityManager.flush();
        audit.record("internal-transfer.mappa-endorsed", "case", transfer.caseId, "MAPPA meeting of " + endorsement.meetingOn());
        return transfer;
    }

    /** The receiving team's workers ranked as the case's case manager, by the rules of any allocation. */
    public CandidateRanking.Proposal candidates(UUID id) {
        InternalTransfer transfer = transfer(id);
        ChildCase childCase = entityManager.find(ChildCase.class, transfer.caseId);
        return allocations.rank(childCase, heldCase(transfer).kind, null, workforce.workers(transfer.toTeam));
    }

    /**
     * The receiving team's manager names the new case manager, one of their team's workers; a rule the choice
     * breaks needs a rationale (ALC-12). The original case manager stays responsible until the three-way meeting,
     * now due.
     */
    @Transactional
    public InternalTransfer allocate(UUID id, TransferAllocation allocation) {
        InternalTransfer transfer = transfer(id);
        if (transfer.status == InternalTransfer.Status.ALLOCATED || !transfer.status.isOpen()) {
            throw ProblemException.conflict("the transfer is " + transfer.status.wireName());
        }
        ownTeam(transfer.toTeam, "allocates");
        List<Violation> missing = TransferSteps.beforeAllocation(transfer);
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolations(missing);
        }
        Worker to = workforce.worker(allocation.workerId());
        if (!transfer.toTeam.equals(to.team)) {
            throw ProblemException.ruleViolations(List.of(Violation.ofRule(TransferSteps.RULE, "workerId", to.name + " is in team "
                    + to.team + ": the case transfers to a worker of team " + transfer.toTeam)));
        }
        ChildCase childCase = entityManager.find(ChildCase.class, transfer.caseId);
        CandidateRanking.Proposal proposal = allocations.rank(childCase, heldCase(transfer).kind, null, List.of(to));
        Allocations.refuseExcluded(proposal, to.id);
        List<String> overridden = Allocations.overridden(proposal.candidates().get(0), allocation.rationale());
        Instant now = clock.instant();
        Deadline meeting = TransferSteps.meetingDue(deadlines, policies.policyOf(tenantContext.requireAuthority()), now);
        transfer.status = InternalTransfer.Status.ALLOCATED;
        transfer.toWorkerId = to.id;
        transfer.rulesOverridden = overridden.isEmpty() ? null : String.join(",", overridden);
        transfer.rationale = allocation.rationale();
        transfer.allocatedBy = caller.username();
        transfer.allocatedAt = now;
        transfer.meetingDueDate = meeting.dueDate();
        transfer.meetingDueAt = meeting.dueAt();
        entityManager.flush(); // two managers allocating at once: the transfer's version lets only the first through
        timeLimits.met(allocationOf(transfer), receivingTeam(transfer), now);
        timeLimits.open(meetingOf(transfer), receivingWorker(transfer));
        audit.record("internal-transfer.allocated", "case", transfer.caseId, "to " + to.name + " of team " + to.team
                + (overridden.isEmpty() ? "" : " (overriding " + String.join(", ", overridden) + ": " + allocation.rationale() + ")"));
        return transfer;
    }

    /**
     * The three-way meeting (§11.7). Held with the child, it is the formal transfer date: the new case manager
     * and team are responsible from it, unless enforcement is under way (422 until it is completed). Not
     * held, or missed by the child, the case stays where it is and the meeting is still due.
     */
    @Transactional
    public InternalTransfer met(UUID id, Meeting meeting) {
        InternalTransfer transfer = transfer(id);
        if (transfer.status != InternalTransfer.Status.ALLOCATED) {
            throw ProblemException.conflict("the transfer is " + transfer.status.wireName()
                    + (transfer.status.isOpen() ? ": the receiving team allocates a worker before the three-way meeting" : ""));
        }
        UUID me = CaseHolding.workerId(caller.subject());
        if (!caller.hasAnyRole(MANAGERS) && !transfer.fromWorkerId.equals(me) && !transfer.toWorkerId.equals(me)) {
            throw ProblemException.forbidden("the case managers of the transfer, or a manager, record its three-way meeting");
        }
        List<Violation> invalid = new ArrayList<>();
        if (meeting.heldOn().isAfter(Moments.ukToday(clock))) {
            invalid.add(Violation.ofField("heldOn", "a meeting is recorded once its day has come"));
        }
        if (meeting.heldOn().isBefore(Moments.ukDate(transfer.allocatedAt))) {
            invalid.add(Violation.ofField("heldOn", "before the receiving team allocated the case (" + Moments.ukDate(transfer.allocatedAt) + ")"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (!"held".equals(meeting.outcome())) {
            transfer.meetingsNotHeld++;
            transfer.lastMeetingNote = meeting.heldOn() + ": " + meeting.outcome() + (meeting.note() == null ? "" : ": " + meeting.note());
            entityManager.flush();
            audit.record("internal-transfer.meeting-not-held", "case", transfer.caseId, transfer.lastMeetingNote);
            return transfer;
        }
        List<Violation> blocked = TransferSteps.beforeCompletion(enforcement(transfer.caseId));
        if (!blocked.isEmpty()) {
            throw ProblemException.ruleViolations(blocked);
        }
        ChildCase childCase = entityManager.find(ChildCase.class, transfer.caseId);
        HeldCase held = heldCase(transfer);
        if (!held.workerId.equals(transfer.fromWorkerId)) {
            throw ProblemException.conflict("the case's case manager changed since the transfer was proposed");
        }
        Worker to = workforce.worker(transfer.toWorkerId);
        Instant now = clock.instant();
        reallocations.handOver(childCase, held, to, now);
        transfer.status = InternalTransfer.Status.COMPLETED;
        transfer.formalTransferDate = meeting.heldOn();
        transfer.completedAt = now;
        transfer.lastMeetingNote = meeting.note();
        entityManager.flush();
        // held on a day, not at a time: it counts as held at the start of that day
        timeLimits.met(meetingOf(transfer), receivingWorker(transfer),
                meeting.heldOn().atStartOfDay(DeadlineCalculator.LONDON).toInstant());
        outbox.record(new InternalTransferCompleted(transfer.caseId, transfer.fromTeam, transfer.toTeam, meeting.heldOn(),
                UUID.randomUUID(), new AllocatedWorker(to.id, "case-manager")), transfer.caseId);
        audit.record("internal-transfer.completed", "case", transfer.caseId, "from team " + transfer.fromTeam + " to " + to.name
                + " of team " + transfer.toTeam + " at the three-way meeting of " + meeting.heldOn());
        return transfer;
    }

    @Transactional
    public InternalTransfer withdraw(UUID id, Withdrawal withdrawal) {
        InternalTransfer transfer = transfer(id);
        if (!transfer.status.isOpen()) {
            throw ProblemException.conflict("the transfer is " + transfer.status.wireName());
        }
        if (!caller.hasAnyRole(MANAGERS) && !transfer.fromWorkerId.equals(CaseHolding.workerId(caller.subject()))) {
            throw ProblemException.forbidden("the case's case manager, or a manager, withdraws its transfer");
        }
        InternalTransfer.Status was = transfer.status;
        close(transfer, InternalTransfer.Status.WITHDRAWN, withdrawal.reason());
        timeLimitsEnd(transfer, was, "the internal transfer was withdrawn: " + withdrawal.reason(), transfer.closedAt,
                tenantContext.requireAuthority());
        entityManager.flush();
        audit.record("internal-transfer.withdrawn", "case", transfer.caseId, withdrawal.reason());
        return transfer;
    }

    public InternalTransfer transfer(UUID id) {
        InternalTransfer transfer = entityManager.find(InternalTransfer.class, id);
        if (transfer == null || !mayRead(transfer)) {
            throw ProblemException.notFound("internal transfer " + id);
        }
        return transfer;
    }

    /** The transfers touching a team (leaving or joining it), or every team's, under way or closed. */
    /** One page of the transfers under way (or closed), oldest first; the id breaks ties so that pages neither repeat nor skip. */
    public Page<InternalTransfer> list(String team, boolean underWay, PageRequest page) {
        String where = "where status " + (underWay ? "not in" : "in") + " :closed"
                + (team == null ? "" : " and (fromTeam = :team or toTeam = :team)");
        var found = entityManager.createQuery("from InternalTransfer " + where + " order by proposedAt, id", InternalTransfer.class)
                .setParameter("closed", InternalTransfer.Status.CLOSED);
        var count = entityManager.createQuery("select count(*) from InternalTransfer " + where, Long.class)
                .setParameter("closed", InternalTransfer.Status.CLOSED);
        if (team != null) {
            found.setParameter("team", team);
            count.setParameter("team", team);
        }
        return new Page<>(found.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), count.getSingleResult(), page);
    }

    /** The case's transfers, newest first; 404 for a case worker not on the case. */
    public List<InternalTransfer> ofCase(UUID caseId) {
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        if (childCase == null) {
            throw ProblemException.notFound("case " + caseId);
        }
        List<InternalTransfer> transfers = entityManager.createQuery("from InternalTransfer where caseId = :case order by proposedAt desc",
                InternalTransfer.class).setParameter("case", caseId).getResultList();
        if (!caller.hasAnyRole(CaseHolding.READ_EVERY_CASE)
                && !Objects.equals(childCase.caseManager, CaseHolding.workerId(caller.subject()))
                && transfers.stream().noneMatch(this::mayRead)) {
            throw ProblemException.notFound("case " + caseId);
        }
        return transfers;
    }

    /** The transfers as their users read them, with the enforcement under way on their cases (one query). */
    public List<InternalTransferView> views(List<InternalTransfer> transfers) {
        java.util.Map<UUID, List<EnforcementUnderWay>> enforcement = enforcement(transfers.stream().map(t -> t.caseId).distinct().toList());
        Instant now = clock.instant();
        return transfers.stream().map(t -> InternalTransferView.of(t, enforcement.getOrDefault(t.caseId, List.of()), now)).toList();
    }

    /** Orders of the case under enforcement now. */
    public List<EnforcementUnderWay> enforcement(UUID caseId) {
        return enforcement(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    /** Orders under enforcement now, by case, for a list of transfers in one query. */
    public java.util.Map<UUID, List<EnforcementUnderWay>> enforcement(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return entityManager.createQuery("from EnforcementUnderWay where caseId in :cases order by since", EnforcementUnderWay.class)
                .setParameter("cases", caseIds).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.caseId));
    }

    /** ROLES.md: the roles that read every case read its transfers; a case worker those of their own cases. */
    private boolean mayRead(InternalTransfer transfer) {
        UUID me = CaseHolding.workerId(caller.subject());
        return caller.hasAnyRole(CaseHolding.READ_EVERY_CASE) || transfer.fromWorkerId.equals(me)
                || Objects.equals(transfer.toWorkerId, me);
    }

    /** Agreed (both endorsements where MAPPA needs one): the receiving team's allocation falls due from now. */
    private void dueForAllocation(InternalTransfer transfer, Instant now) {
        if (TransferSteps.agreed(transfer)) {
            Deadline due = TransferSteps.allocationDue(deadlines, policies.policyOf(tenantContext.requireAuthority()), now);
            transfer.agreedAt = now;
            transfer.allocationDueDate = due.dueDate();
            transfer.allocationDueAt = due.dueAt();
            timeLimits.open(allocationOf(transfer), receivingTeam(transfer));
        }
    }

    /** ALC-10: the receiving team's manager allocates within 2 working days of the transfer being agreed. */
    static TimeLimit allocationOf(InternalTransfer transfer) {
        return new TimeLimit(transfer.id, transfer.caseId, TransferSteps.RULE, "receiving-team-allocation", transfer.agreedAt,
                transfer.allocationDueDate, transfer.allocationDueAt);
    }

    /**
     * ALC-10: the three-way meeting within 5 working days of that allocation; its id derived from the transfer's, as the
     * transfer holds both time limits.
     */
    static TimeLimit meetingOf(InternalTransfer transfer) {
        return new TimeLimit(UUID.nameUUIDFromBytes(("three-way-meeting:" + transfer.id).getBytes(StandardCharsets.UTF_8)),
                transfer.caseId, TransferSteps.RULE, "three-way-meeting", transfer.allocatedAt, transfer.meetingDueDate,
                transfer.meetingDueAt);
    }

    /** Both steps are the receiving team's, as {@link TransferSteps#next} names them; the allocation no worker's in it. */
    private static Holder receivingTeam(InternalTransfer transfer) {
        return new Holder(transfer.toTeam, null);
    }

    /** The meeting is also the worker's the receiving team allocated. */
    private static Holder receivingWorker(InternalTransfer transfer) {
        return new Holder(transfer.toTeam, transfer.toWorkerId);
    }

    /**
     * The open time limit of a transfer that was {@code was} stops applying, for {@code reason}, told in {@code
     * authority}'s name: the allocation while it is due, or the meeting once allocated.
     */
    private void timeLimitsEnd(InternalTransfer transfer, InternalTransfer.Status was, String reason, Instant at,
            String authority) {
        if (was == InternalTransfer.Status.ENDORSED && transfer.allocationDueAt != null) {
            timeLimits.notApplicable(allocationOf(transfer), receivingTeam(transfer), reason, at, authority);
        } else if (was == InternalTransfer.Status.ALLOCATED) {
            timeLimits.notApplicable(meetingOf(transfer), receivingWorker(transfer), reason, at, authority);
        }
    }

    /**
     * The case left {@code home} for another authority (TRF-1): the open time limit of its transfer under way there
     * stops applying, told in the home authority's name. Read natively, as the unit of work acts for the receiving
     * authority and its tenancy filter hides the home's records; called before the transfer withdraws it.
     */
    public void transferredOut(UUID caseId, String home, String reason, Instant at) {
        entityManager.createNativeQuery("""
                        select id, status, to_team, to_worker_id, agreed_at, allocation_due_date, allocation_due_at, allocated_at,
                        meeting_due_date, meeting_due_at from internal_transfer
                        where case_id = :case and authority = :home and status in (:due)""").unwrap(NativeQuery.class)
                .setParameter("case", caseId).setParameter("home", home)
                .setParameter("due", List.of(InternalTransfer.Status.ENDORSED.name(), InternalTransfer.Status.ALLOCATED.name()))
                .addScalar("id", StandardBasicTypes.UUID).addScalar("status", StandardBasicTypes.STRING)
                .addScalar("to_team", StandardBasicTypes.STRING).addScalar("to_worker_id", StandardBasicTypes.UUID)
                .addScalar("agreed_at", StandardBasicTypes.INSTANT)
                .addScalar("allocation_due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("allocation_due_at", StandardBasicTypes.INSTANT).addScalar("allocated_at", StandardBasicTypes.INSTANT)
                .addScalar("meeting_due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("meeting_due_at", StandardBasicTypes.INSTANT).getResultList().forEach(row -> {
                    Object[] r = (Object[]) row;
                    // the home's row as it stands, to name its time limits; never persisted from here
                    InternalTransfer transfer = new InternalTransfer();
                    transfer.id = (UUID) r[0];
                    transfer.caseId = caseId;
                    transfer.toTeam = (String) r[2];
                    transfer.toWorkerId = (UUID) r[3];
                    transfer.agreedAt = (Instant) r[4];
                    transfer.allocationDueDate = (LocalDate) r[5];
                    transfer.allocationDueAt = (Instant) r[6];
                    transfer.allocatedAt = (Instant) r[7];
                    transfer.meetingDueDate = (LocalDate) r[8];
                    transfer.meetingDueAt = (Instant) r[9];
                    timeLimitsEnd(transfer, InternalTransfer.Status.valueOf((String) r[1]), reason, at, home);
                });
    }

    /** A manager whose token names their team acts for that team's side of a transfer; service managers for any. */
    private void ownTeam(String team, String what) {
        if (!caller.hasRole(Roles.SERVICE_MANAGER) && caller.team().filter(t -> !t.equals(team)).isPresent()) {
            throw ProblemException.forbidden("a manager of team " + team + " " + what + " this transfer");
        }
    }

    private HeldCase heldCase(InternalTransfer transfer) {
        return caseloads.current(transfer.caseId, HeldCase.Role.CASE_MANAGER)
                .orElseThrow(() -> ProblemException.conflict("the case has no case manager now"));
    }

    private void close(InternalTransfer transfer, InternalTransfer.Status status, String reason) {
        transfer.status = status;
        transfer.closedReason = reason;
        transfer.closedBy = caller.username();
        transfer.closedAt = clock.instant();
    }
}
