package org.youthjustice.allocation.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.allocation.victims.RestorativeJusticeWorkers;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.allocation.workforce.WorkerAbsence;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.problem.Violation;

/** The manager's choice of case manager, alone: no service, no database. */
class AllocationRulesTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Availability AT_WORK = new Availability(Availability.Status.AVAILABLE, null, "at work on 2026-12-23");
    private static final UUID CHOSEN = UUID.randomUUID();

    private static CandidateRanking.Candidate candidate(UUID id, CandidateRanking.Breach... breaks) {
        return new CandidateRanking.Candidate(1, id, "Sam Carter", Grade.BAND_A, "male", 60, 70, AT_WORK, List.of(breaks), List.of());
    }

    private static CandidateRanking.Proposal proposal(CandidateRanking.Excluded... excluded) {
        return new CandidateRanking.Proposal(List.of(candidate(CHOSEN)), List.of(excluded));
    }

    @Test
    @DisplayName("ALC-12: a candidate the ranking proposes may be chosen; one it left out may not")
    void aProposedCandidateMayBeChosen() {
        UUID student = UUID.randomUUID();
        CandidateRanking.Proposal proposal = proposal(new CandidateRanking.Excluded(student, "Alex Student", "ALC-7",
                "a student holds cases only beside an accountable primary worker"));
        assertThat(AllocationRules.excluded(proposal, CHOSEN)).isEmpty();
        assertThat(AllocationRules.excluded(proposal, UUID.randomUUID())).isEmpty();
        assertThat(AllocationRules.excluded(proposal, student)).contains(Violation.ofRule("ALC-7", "workerId",
                "a student holds cases only beside an accountable primary worker"));
    }

    @Test
    @DisplayName("ALC-2: a worker left out as away over Christmas (back after 2 working days, skipping the bank holidays) cannot be chosen")
    void anAbsentWorkerCannotBeChosen() {
        WorkerAbsence sick = new WorkerAbsence();
        sick.kind = WorkerAbsence.Kind.UNPLANNED;
        sick.startsOn = LocalDate.parse("2026-12-14");
        sick.expectedReturn = LocalDate.parse("2026-12-30");
        // Wednesday 23 December: 2 working days on is Tuesday 29th (Christmas Day, the weekend and Boxing Day's substitute skipped)
        LocalDate today = LocalDate.parse("2026-12-23");
        Availability away = Availability.on(today, List.of(sick), CALENDAR.addWorkingDays(today, 2));
        UUID absent = UUID.randomUUID();
        CandidateRanking.Proposal proposal = proposal(new CandidateRanking.Excluded(absent, "Jo Away", "ALC-2", away.reason()));
        assertThat(AllocationRules.excluded(proposal, absent)).contains(Violation.ofRule("ALC-2", "workerId",
                "unplanned absence since 2026-12-14, back on 2026-12-30, after 2026-12-29 (ALC-2)"));
    }

    @Test
    @DisplayName("ALC-12: a worker left out by their grade, not by a rule, is refused on workerId without a rule ID")
    void aGradeThatHoldsNoCasesIsRefusedWithoutARule() {
        UUID specialist = UUID.randomUUID();
        CandidateRanking.Proposal proposal = proposal(new CandidateRanking.Excluded(specialist, "Pat Health", null,
                "a specialist does not hold cases"));
        assertThat(AllocationRules.excluded(proposal, specialist))
                .contains(Violation.ofField("workerId", "a specialist does not hold cases"));
    }

    @Test
    @DisplayName("ALC-12: a choice that breaks no rule needs no rationale and overrides nothing")
    void aChoiceBreakingNoRule() {
        assertThat(AllocationRules.rationaleFor(candidate(CHOSEN), null)).isEmpty();
        assertThat(AllocationRules.rulesOverridden(candidate(CHOSEN))).isEmpty();
    }

    @Test
    @DisplayName("ALC-12: a choice that breaks rules is refused without the manager's rationale, once for each rule, and with one "
            + "the rules overridden are kept")
    void aChoiceBreakingRulesNeedsARationale() {
        CandidateRanking.Candidate breaking = candidate(CHOSEN,
                new CandidateRanking.Breach("ALC-5", "high risk: a Band B senior case manager by default"),
                new CandidateRanking.Breach("ALC-3", "a girl is allocated a female case manager by default; otherwise record the "
                        + "rationale after consulting her"));
        assertThat(AllocationRules.rationaleFor(breaking, null)).extracting(Violation::rule, Violation::field)
                .containsExactly(tuple("ALC-5", "rationale"), tuple("ALC-3", "rationale"));
        assertThat(AllocationRules.rationaleFor(breaking, "  ")).first().isEqualTo(Violation.ofRule("ALC-5", "rationale",
                "high risk: a Band B senior case manager by default: give the rationale to choose them"));
        assertThat(AllocationRules.rationaleFor(breaking, "she asked for Sam after the discussion")).isEmpty();
        assertThat(AllocationRules.rulesOverridden(breaking)).containsExactly("ALC-5", "ALC-3");
    }

    @Test
    @DisplayName("ALC-7: the student named beside the case manager is a student")
    void theStudentIsAStudent() {
        assertThat(AllocationRules.student(Grade.STUDENT)).isEmpty();
        assertThat(AllocationRules.student(Grade.BAND_A)).contains(Violation.ofField("studentId", "not a student: band-a"));
    }

    @Test
    @DisplayName("ALC-11: where a victim consented, one of the authority's RJ workers at work is named with the case")
    void aRestorativeJusticeWorkerIsNamedWhereNeeded() {
        String reason = "a direct victim consented to contact: a restorative justice worker is allocated with the case (ALC-11)";
        RestorativeJusticeWorkers.RjCandidate robin = new RestorativeJusticeWorkers.RjCandidate(UUID.randomUUID(), "Robin RJ",
                "north", AT_WORK);
        RestorativeJusticeWorkers.RjCandidate kim = new RestorativeJusticeWorkers.RjCandidate(UUID.randomUUID(), "Kim RJ",
                "south", AT_WORK);
        List<RestorativeJusticeWorkers.RjCandidate> atWork = List.of(robin, kim);
        assertThat(AllocationRules.restorativeJusticeWorker(true, reason, atWork, kim.workerId())).isEmpty();
        assertThat(AllocationRules.restorativeJusticeWorker(true, reason, atWork, null)).contains(Violation.ofRule("ALC-11",
                "rjWorkerId", reason + ": name one of [Robin RJ, Kim RJ]"));
        assertThat(AllocationRules.restorativeJusticeWorker(true, reason, atWork, UUID.randomUUID())).contains(Violation.ofRule(
                "ALC-11", "rjWorkerId", "not a restorative justice worker of the authority at work now"));
    }

    @Test
    @DisplayName("ALC-11: where no victim consented, no RJ worker is needed and none is allocated")
    void noRestorativeJusticeWorkerWhereNoneIsNeeded() {
        String reason = "no direct victim has consented to contact";
        assertThat(AllocationRules.restorativeJusticeWorker(false, reason, List.of(), null)).isEmpty();
        assertThat(AllocationRules.restorativeJusticeWorker(false, reason, List.of(), UUID.randomUUID())).contains(Violation.ofRule(
                "ALC-11", "rjWorkerId", "no direct victim has consented to contact: no restorative justice worker is allocated"));
    }
}
