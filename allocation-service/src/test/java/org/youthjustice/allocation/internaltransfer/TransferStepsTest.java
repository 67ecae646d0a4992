package org.youthjustice.allocation.internaltransfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.problem.Violation;

class TransferStepsTest {
    private final DeadlineCalculator deadlines = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());
    private final Policy policy = PolicyCatalogue.withDefaults(Map.of()).policyOf("nottinghamshire");

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), DeadlineCalculator.LONDON).toInstant();
    }

    private static InternalTransfer transfer(InternalTransfer.Status status, Integer mappaLevel) {
        InternalTransfer transfer = new InternalTransfer();
        transfer.id = UUID.randomUUID();
        transfer.caseId = UUID.randomUUID();
        transfer.fromTeam = "ashfield";
        transfer.toTeam = "mansfield";
        transfer.status = status;
        transfer.mappaLevel = mappaLevel;
        return transfer;
    }

    @ParameterizedTest(name = "ALC-10: agreed {0} London, the receiving team allocates by {1}")
    @CsvSource({
            // a Friday: over the weekend
            "2026-11-27T15:00, 2026-12-01",
            // Christmas 2026: Friday 25th, and Monday 28th for Boxing Day on a Saturday
            "2026-12-23T10:00, 2026-12-29",
            // Easter 2027: Good Friday 26 March, Easter Monday 29 March
            "2027-03-25T09:00, 2027-03-31" })
    void theReceivingTeamAllocatesWithinTwoWorkingDays(String agreed, LocalDate due) {
        assertThat(TransferSteps.allocationDue(deadlines, policy, london(agreed)).dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "ALC-10: reallocated {0} London, the three-way meeting is due by {1}")
    @CsvSource({
            "2026-11-23T11:00, 2026-11-30",
            // the early May bank holiday 2027 is Monday 3 May
            "2027-04-29T16:00, 2027-05-07",
            // Easter 2027
            "2027-03-24T09:00, 2027-04-02" })
    void theThreeWayMeetingFallsDueWithinFiveWorkingDays(String allocated, LocalDate due) {
        assertThat(TransferSteps.meetingDue(deadlines, policy, london(allocated)).dueDate()).isEqualTo(due);
    }

    @Test
    @DisplayName("ALC-10: the receiving team allocates once the manager has endorsed the transfer, and MAPPA too at level 2 or 3")
    void allocationWaitsForTheEndorsements() {
        assertThat(TransferSteps.beforeAllocation(transfer(InternalTransfer.Status.PROPOSED, null)))
                .extracting(Violation::rule, Violation::field).containsExactly(org.assertj.core.groups.Tuple.tuple("ALC-10", "endorsement"));
        assertThat(TransferSteps.beforeAllocation(transfer(InternalTransfer.Status.ENDORSED, 1))).isEmpty();
        InternalTransfer mappa = transfer(InternalTransfer.Status.ENDORSED, 2);
        assertThat(TransferSteps.agreed(mappa)).isFalse();
        assertThat(TransferSteps.beforeAllocation(mappa)).extracting(Violation::field).containsExactly("mappaEndorsement");
        assertThat(TransferSteps.beforeAllocation(transfer(InternalTransfer.Status.ESCALATED, 3))).extracting(Violation::field)
                .containsExactly("endorsement", "mappaEndorsement");
        mappa.mappaEndorsedOn = LocalDate.of(2027, 1, 12);
        assertThat(TransferSteps.agreed(mappa)).isTrue();
        assertThat(TransferSteps.beforeAllocation(mappa)).isEmpty();
    }

    @Test
    @DisplayName("ALC-10: enforcement under way on any order of the case is completed before it transfers, each order named")
    void enforcementBlocksCompletion() {
        EnforcementUnderWay breach = new EnforcementUnderWay();
        breach.orderId = UUID.randomUUID();
        breach.reason = "breach-proceedings (CMP-7)";
        breach.since = Instant.parse("2027-01-05T10:00:00Z");
        assertThat(TransferSteps.beforeCompletion(List.of())).isEmpty();
        assertThat(TransferSteps.beforeCompletion(List.of(breach))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("ALC-10");
            assertThat(v.message()).contains(breach.orderId.toString()).contains("breach-proceedings (CMP-7)");
        });
    }

    @Test
    @DisplayName("ALC-10: the next step is the receiving team's allocation, then the meeting, each overdue after its due moment")
    void theNextStepAndWhetherItIsOverdue() {
        InternalTransfer transfer = transfer(InternalTransfer.Status.ENDORSED, null);
        transfer.allocationDueDate = LocalDate.of(2026, 12, 29);
        transfer.allocationDueAt = london("2026-12-29T23:59:59");
        assertThat(TransferSteps.next(transfer, london("2026-12-29T17:00"))).satisfies(next -> {
            assertThat(next.by()).isEqualTo("mansfield");
            assertThat(next.dueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(next.overdue()).isFalse();
        });
        assertThat(TransferSteps.next(transfer, london("2026-12-30T09:00")).overdue()).isTrue();

        transfer.status = InternalTransfer.Status.ALLOCATED;
        transfer.meetingDueDate = LocalDate.of(2027, 1, 6);
        transfer.meetingDueAt = london("2027-01-06T23:59:59");
        assertThat(TransferSteps.next(transfer, london("2027-01-07T09:00")).step()).startsWith("three-way meeting");
        assertThat(TransferSteps.next(transfer, london("2027-01-07T09:00")).overdue()).isTrue();
        transfer.status = InternalTransfer.Status.COMPLETED;
        assertThat(TransferSteps.next(transfer, london("2027-01-07T09:00"))).isNull();
    }
}
